package uk.council.evidence.accreditation.boundary;

import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.accreditation.entity.ReviewJob;
import uk.council.evidence.accreditation.entity.ReviewYear;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The annual reviews being made in the background, each the job of the compliance officer who
 * asked: started, moved on step by step (each step in its own transaction, so that the page sees it
 * at once), and finished with the signed PDF written in the same statement that marks it done, or
 * failed. A job whose worker stopped saying it is alive is interrupted: nothing of it was kept.
 */
@Stateless
@RolesAllowed(COMPLIANCE_OFFICER)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReviewJobs {

  private static final String COLUMNS =
      "id, review_year, kind, requested_by, requested_at, status, step, steps, stage,"
          + " heartbeat_at, finished_at, file_name, failure";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject Clock clock;

  /**
   * Records a job for the caller, running from now.
   *
   * @return its id
   * @throws uk.council.evidence.platform.entity.InvalidInput if the year is not one there can be a
   *     review of
   */
  public long start(String year, ReviewJob.Kind kind, int steps, String stage) {
    callers.require(Action.ASSESS_CODE);
    ReviewYear review = ReviewYear.of(year, LocalDate.now(clock.withZone(CouncilTime.ZONE)));
    Instant now = clock.instant();
    return ((Number)
            em.createNativeQuery(
                    "INSERT INTO review_job (review_year, kind, requested_by,"
                        + " requested_at, steps, stage, heartbeat_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?4) RETURNING id")
                .setParameter(1, review.year())
                .setParameter(2, kind.name())
                .setParameter(3, callers.username())
                .setParameter(4, SqlValues.utc(now))
                .setParameter(5, steps)
                .setParameter(6, stage)
                .getSingleResult())
        .longValue();
  }

  /** Moves a running job on to a step, saying what it is doing; renews its heartbeat. */
  public void advance(long id, int step, String stage) {
    callers.require(Action.ASSESS_CODE);
    em.createNativeQuery(
            "UPDATE review_job SET step = ?2, stage = ?3, heartbeat_at = ?4"
                + " WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, step)
        .setParameter(3, stage)
        .setParameter(4, SqlValues.utc(clock.instant()))
        .executeUpdate();
  }

  /** Keeps the finished PDF and marks the job done, in one statement. */
  public void finish(long id, String fileName, String sha256, byte[] pdf) {
    callers.require(Action.ASSESS_CODE);
    em.createNativeQuery(
            "UPDATE review_job SET status = 'DONE', step = steps, stage = 'Done',"
                + " finished_at = ?2, heartbeat_at = ?2, file_name = ?3, sha256 = ?4, pdf = ?5"
                + " WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, SqlValues.utc(clock.instant()))
        .setParameter(3, fileName)
        .setParameter(4, sha256)
        .setParameter(5, pdf)
        .executeUpdate();
  }

  /** Marks a running job failed, saying why. */
  public void fail(long id, String why) {
    callers.require(Action.ASSESS_CODE);
    String said = why == null || why.isBlank() ? "It could not be made." : why;
    em.createNativeQuery(
            "UPDATE review_job SET status = 'FAILED', finished_at = ?2, failure = ?3"
                + " WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, SqlValues.utc(clock.instant()))
        .setParameter(3, said.length() > 2000 ? said.substring(0, 2000) : said)
        .executeUpdate();
  }

  /**
   * One of the caller's jobs; one whose worker has gone silent is marked interrupted first.
   *
   * @return empty if there is no such job of the caller's
   */
  public Optional<ReviewJob> job(long id) {
    callers.require(Action.ASSESS_CODE);
    return read("WHERE id = ?1 AND requested_by = ?2", id).map(this::interruptIfSilent);
  }

  /** The caller's latest job for a year, if any. */
  public Optional<ReviewJob> latest(int year) {
    callers.require(Action.ASSESS_CODE);
    return read(
            "WHERE review_year = ?1 AND requested_by = ?2 ORDER BY requested_at DESC, id DESC"
                + " LIMIT 1",
            year)
        .map(this::interruptIfSilent);
  }

  /** The PDF of one of the caller's jobs that is done. */
  public Optional<byte[]> pdf(long id) {
    callers.require(Action.ASSESS_CODE);
    List<?> pdf =
        em.createNativeQuery(
                "SELECT pdf FROM review_job WHERE id = ?1 AND requested_by = ?2"
                    + " AND status = 'DONE'")
            .setParameter(1, id)
            .setParameter(2, callers.username())
            .getResultList();
    return pdf.isEmpty() ? Optional.empty() : Optional.of((byte[]) pdf.get(0));
  }

  private ReviewJob interruptIfSilent(ReviewJob job) {
    Instant now = clock.instant();
    if (!job.silentSince(now)) {
      return job;
    }
    em.createNativeQuery(
            "UPDATE review_job SET status = 'INTERRUPTED', finished_at = ?2,"
                + " failure = 'The server stopped while it was being made; nothing of it was"
                + " kept.' WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, job.id())
        .setParameter(2, SqlValues.utc(now))
        .executeUpdate();
    return read("WHERE id = ?1 AND requested_by = ?2", job.id()).orElseThrow();
  }

  private Optional<ReviewJob> read(String where, Object first) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM review_job " + where)
            .setParameter(1, first)
            .setParameter(2, callers.username())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new ReviewJob(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).intValue(),
                    ReviewJob.Kind.valueOf((String) r[2]),
                    (String) r[3],
                    SqlValues.instant(r[4]),
                    ReviewJob.Status.valueOf((String) r[5]),
                    ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue(),
                    (String) r[8],
                    SqlValues.instant(r[9]),
                    SqlValues.instant(r[10]),
                    (String) r[11],
                    (String) r[12]));
  }
}
