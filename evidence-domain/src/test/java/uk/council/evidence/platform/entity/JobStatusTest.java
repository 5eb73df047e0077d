package uk.council.evidence.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JobStatusTest {

  @Test
  void percentIsHowFarTheWorkIsAndNeverAHundredUntilDone() {
    assertEquals(0, JobStatus.QUEUED.percent(0, null));
    assertEquals(0, JobStatus.RUNNING.percent(5, 0L));
    assertEquals(25, JobStatus.RUNNING.percent(1L << 30, 4L << 30));
    assertEquals(99, JobStatus.RUNNING.percent(4L << 30, 4L << 30));
    assertEquals(100, JobStatus.DONE.percent(4L << 30, 4L << 30));
    assertEquals(100, JobStatus.DONE.percent(0, null));
  }

  @Test
  void onlyAJobWaitingOrRunningIsFollowed() {
    assertTrue(JobStatus.QUEUED.isWaitingOrRunning());
    assertTrue(JobStatus.RUNNING.isWaitingOrRunning());
    assertFalse(JobStatus.DONE.isWaitingOrRunning());
    assertFalse(JobStatus.FAILED.isWaitingOrRunning());
  }
}
