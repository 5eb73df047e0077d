package uk.council.evidence.staff.entity;

/**
 * A directory group a person belongs to.
 *
 * @param dn its whole name, e.g. {@code CN=BWV Supervisors,OU=Groups,DC=council,DC=gov,DC=uk}
 * @param cn its common name, e.g. {@code BWV Supervisors}
 */
public record DirectoryGroup(String dn, String cn) {}
