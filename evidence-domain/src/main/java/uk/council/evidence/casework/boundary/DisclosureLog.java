package uk.council.evidence.casework.boundary;

import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.control.PackageContents;
import uk.council.evidence.casework.control.VerifyLimit;
import uk.council.evidence.casework.entity.DisclosureCount;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.casework.entity.LawfulBasis;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.casework.entity.Verification;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What the council has disclosed, read back: the disclosure log (every package built in a period,
 * with its recipient, basis, purpose, downloads and where it stands) for compliance officers, and
 * the public check of a file someone holds against every file and package the council disclosed.
 * Writes nothing but the audit event of each check.
 */
@Stateless
public class DisclosureLog {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject VerifyLimit limit;
  @Inject Clock clock;
  @Inject PackageContents contents;

  /** Every disclosure built in a period, oldest first: the disclosure log. */
  @RolesAllowed({EVIDENCE_OFFICER, COMPLIANCE_OFFICER})
  public List<LogEntry> log(Instant from, Instant to) {
    callers.require(Action.READ_DISCLOSURE_LOG);
    List<LogEntry> entries = new ArrayList<>();
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.builtAt >= :f AND p.builtAt < :t"
                    + " ORDER BY p.builtAt, p.id",
                DisclosurePackage.class)
            .setParameter("f", from)
            .setParameter("t", to)
            .getResultList()) {
      List<String> footage =
          contents.files(p.getId()).stream()
              .filter(f -> f.getKind().isFootage())
              .map(
                  f ->
                      (f.getExhibitId() == null
                              ? "recording " + f.getRecordingId()
                              : em.find(Exhibit.class, f.getExhibitId()).getReference())
                          + (f.getKind() == DisclosureFile.Kind.CLIP
                              ? " (clip)"
                              : f.getKind() == DisclosureFile.Kind.REDACTED
                                  ? " (redacted copy)"
                                  : ""))
              .toList();
      long downloads =
          audit.count(
              AuditAction.DISCLOSURE_DOWNLOADED,
              p.getSourceAuditTarget(),
              Long.toString(p.getSourceId()),
              p.getReference() + ",");
      entries.add(new LogEntry(p, p.getSourceReference(), footage, downloads));
    }
    return entries;
  }

  /**
   * How many packages were built in {@code [from, to)}, by recipient kind and lawful basis, most
   * first, with how many of them were revoked: the review's disclosure figures, counted in SQL.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public List<DisclosureCount> counts(Instant from, Instant to) {
    callers.require(Action.READ_DISCLOSURE_LOG);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT recipient_kind, lawful_basis, count(*),"
                    + " count(*) FILTER (WHERE revoked_at IS NOT NULL)"
                    + " FROM disclosure_package WHERE built_at >= ?1 AND built_at < ?2"
                    + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")
            .setParameter(1, SqlValues.utc(from))
            .setParameter(2, SqlValues.utc(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DisclosureCount(
                    RecipientKind.valueOf((String) r[0]),
                    LawfulBasis.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /**
   * One line of the disclosure log.
   *
   * @param sourceReference the case's or request's reference
   * @param exhibits the footage in it: a case's exhibits ({@code JS/1}, {@code JS/2 (clip)}), or a
   *     request's recordings
   */
  public record LogEntry(
      DisclosurePackage disclosurePackage,
      String sourceReference,
      List<String> exhibits,
      long downloads) {}

  /**
   * What the council disclosed with these exact bytes, found by their SHA-256 (typed, or of a file
   * given). Open to anyone who holds a file, so it answers about the hash only: a made-up hash
   * learns nothing, not even whether a file of some name was disclosed. Each check is audited, and
   * one address may make only so many a minute.
   */
  @PermitAll
  public Verification verify(String sha256, String address) {
    limit
        .check(address)
        .ifPresent(
            wait -> {
              throw new InvalidInput(
                  "sha256",
                  "Too many checks from your address in the last minute. Try again in "
                      + Math.max(1, wait.toSeconds() + 1)
                      + " seconds.");
            });
    String sha = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new InvalidInput(
          "sha256",
          "Enter the SHA-256 as 64 letters and digits, as sha256sum prints it, or choose the"
              + " file.");
    }
    List<Verification.Match> matches = matches("f.sha256 = :v", sha);
    boolean whole = false;
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.sha256 = :s", DisclosurePackage.class)
            .setParameter("s", sha)
            .getResultList()) {
      whole = true;
      matches.add(
          new Verification.Match(
              p, p.getSourceReference(), p.getFileName(), null, null, p.getSha256()));
    }
    audit.recordSeparately(
        AuditEntry.of(
                callers.username(),
                AuditAction.DISCLOSURE_VERIFIED,
                "sha256",
                null,
                clock.instant())
            .withDetails(
                sha + ": " + (matches.isEmpty() ? "no match" : matches.size() + " match(es)"))
            .from(address));
    return new Verification(sha, matches, whole);
  }

  private List<Verification.Match> matches(String condition, String value) {
    var query =
        em.createQuery(
            "SELECT f FROM DisclosureFile f WHERE " + condition + " ORDER BY f.packageId, f.path",
            DisclosureFile.class);
    query.setParameter("v", value);
    List<Verification.Match> found = new ArrayList<>();
    for (DisclosureFile f : query.setMaxResults(50).getResultList()) {
      DisclosurePackage p = em.find(DisclosurePackage.class, f.getPackageId());
      Exhibit exhibit = f.getExhibitId() == null ? null : em.find(Exhibit.class, f.getExhibitId());
      found.add(
          new Verification.Match(
              p,
              p.getSourceReference(),
              f.getPath(),
              exhibit == null ? null : exhibit.getReference().toString(),
              f.getKind(),
              f.getSha256()));
    }
    return found;
  }
}
