package uk.council.evidence.staff.entity;

import java.util.List;

/**
 * A person as the directory describes them, once their password has been checked there.
 *
 * @param dn their entry's name, which stays with their staff record
 * @param displayName their name, or null if the entry has none
 * @param email their email address, or null
 * @param area the value naming their service area (a code or name), or null
 * @param groups the groups they belong to
 */
public record DirectoryPerson(
    String dn, String displayName, String email, String area, List<DirectoryGroup> groups) {

  public DirectoryPerson {
    groups = List.copyOf(groups);
  }
}
