package uk.council.evidence.platform.control;

import static uk.council.evidence.platform.control.SqlValues.utc;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a queue of the server's background jobs kept in one table of the component that owns
 * them (redaction jobs, package builds): claiming the job waiting longest, telling how far it is
 * (which also says its worker is alive), finishing or failing it, and queueing again the jobs whose
 * worker went silent. The table has the columns {@code id, status, queued_at, started_at,
 * heartbeat_at, finished_at, attempts, failure} and two for progress, named by the owner. Each
 * method runs in the caller's transaction.
 *
 * @param table the owner's table
 * @param done the column of how far a job is
 * @param of the column of how far it goes, or null while unknown
 */
public record JobQueue(String table, String done, String of) {

  /** How long a running job may go without a word before it is taken for stopped. */
  public static final Duration SILENT = Duration.ofSeconds(60);

  /** How many times a job is started before it is failed. */
  public static final int ATTEMPTS = 3;

  /**
   * Queues again the jobs whose worker went silent (a server stopped or was killed), failing those
   * started too often.
   */
  public void requeueSilent(EntityManager em, Instant now) {
    em.createNativeQuery(
            "UPDATE "
                + table
                + " SET status = CASE WHEN attempts >= ?3 THEN 'FAILED' ELSE 'QUEUED' END,"
                + " failure = CASE WHEN attempts >= ?3 THEN 'The server stopped while it ran, "
                + ATTEMPTS
                + " times.' END, finished_at = CASE WHEN attempts >= ?3 THEN CAST(?1 AS timestamptz)"
                + " END WHERE status = 'RUNNING' AND heartbeat_at < ?2")
        .setParameter(1, utc(now))
        .setParameter(2, utc(now.minus(SILENT)))
        .setParameter(3, ATTEMPTS)
        .executeUpdate();
  }

  /**
   * The job waiting longest, now running, as the columns asked for (which may name the table {@code
   * b}); empty if none waits. A job another server is claiming at the same moment is passed over.
   */
  public Optional<Object[]> claim(EntityManager em, Instant now, String columns) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "UPDATE "
                    + table
                    + " AS b SET status = 'RUNNING', started_at = ?1, heartbeat_at = ?1,"
                    + " attempts = attempts + 1, "
                    + done
                    + " = 0 WHERE id = (SELECT id FROM "
                    + table
                    + " WHERE status = 'QUEUED' ORDER BY queued_at, id LIMIT 1"
                    + " FOR UPDATE SKIP LOCKED) RETURNING "
                    + columns)
            .setParameter(1, utc(now))
            .getResultList();
    return rows.stream().findFirst();
  }

  /** How far a running job is; renews its heartbeat. */
  public void progress(EntityManager em, long id, long done, long of, Instant now) {
    em.createNativeQuery(
            "UPDATE "
                + table
                + " SET "
                + this.done
                + " = ?2, "
                + this.of
                + " = ?3, heartbeat_at = ?4 WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, done)
        .setParameter(3, of)
        .setParameter(4, utc(now))
        .executeUpdate();
  }

  /**
   * Marks a running job failed, saying why (cut to the column's 2,000 characters).
   *
   * @return whether it was running
   */
  public boolean fail(EntityManager em, long id, String why, Instant now) {
    String said = why == null || why.isBlank() ? "It could not be done." : why;
    return em.createNativeQuery(
                "UPDATE "
                    + table
                    + " SET status = 'FAILED', finished_at = ?2, failure = ?3"
                    + " WHERE id = ?1 AND status = 'RUNNING'")
            .setParameter(1, id)
            .setParameter(2, utc(now))
            .setParameter(3, said.length() > 2000 ? said.substring(0, 2000) : said)
            .executeUpdate()
        == 1;
  }

  /**
   * Marks a running job done, and sets what it made in the owner's column (say the package built),
   * when {@code madeColumn} is not null.
   *
   * @return whether it was running
   */
  public boolean done(EntityManager em, long id, Instant now, String madeColumn, Long made) {
    var update =
        em.createNativeQuery(
                "UPDATE "
                    + table
                    + " SET status = 'DONE', finished_at = ?2, "
                    + done
                    + " = coalesce("
                    + of
                    + ", "
                    + done
                    + ")"
                    + (madeColumn == null ? "" : ", " + madeColumn + " = ?3")
                    + " WHERE id = ?1 AND status = 'RUNNING'")
            .setParameter(1, id)
            .setParameter(2, utc(now));
    if (madeColumn != null) {
      update.setParameter(3, made);
    }
    return update.executeUpdate() == 1;
  }

  /** Who queued a job, as audit events name them. */
  public String queuedBy(EntityManager em, long id) {
    return (String)
        em.createNativeQuery("SELECT queued_by FROM " + table + " WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
  }
}
