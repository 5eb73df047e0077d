package uk.council.evidence.casework.entity;

/**
 * How many disclosure packages went to one kind of recipient on one lawful basis in a period.
 *
 * @param revoked how many of them were revoked since
 */
public record DisclosureCount(RecipientKind kind, LawfulBasis basis, long packages, long revoked) {}
