package uk.council.evidence.platform.entity;

/**
 * Where a job of one of the server's background queues stands (a redaction job, a package build):
 * waiting its turn, running, done or failed.
 */
public enum JobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  public boolean isWaitingOrRunning() {
    return this == QUEUED || this == RUNNING;
  }

  /**
   * How far a job in this state is, from 0 to 100: a hundred only once done, however far its work
   * has gone before it is recorded.
   *
   * @param of how far it goes, or null while unknown
   */
  public int percent(long done, Long of) {
    if (this == DONE) {
      return 100;
    }
    return of == null || of <= 0 ? 0 : (int) Math.min(99, done * 100 / of);
  }
}
