package uk.council.evidence.accreditation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewJobTest {

  static final Instant BEAT = Instant.parse("2026-12-07T10:00:00Z");

  static ReviewJob job(ReviewJob.Status status, int step) {
    return new ReviewJob(
        1,
        2026,
        ReviewJob.Kind.DRAFT,
        "compliance",
        BEAT,
        status,
        step,
        4,
        "Counting",
        BEAT,
        null,
        null,
        null);
  }

  @Test
  void aRunningJobWhoseWorkerFellSilentIsInterruptedAndOnlyThen() {
    var running = job(ReviewJob.Status.RUNNING, 1);
    assertFalse(running.silentSince(BEAT.plus(ReviewJob.SILENCE_ALLOWED)));
    assertTrue(running.silentSince(BEAT.plus(ReviewJob.SILENCE_ALLOWED).plusSeconds(1)));
    assertFalse(job(ReviewJob.Status.DONE, 4).silentSince(BEAT.plusSeconds(86_400)));
    assertFalse(ReviewJob.Status.RUNNING.ended());
    assertTrue(ReviewJob.Status.INTERRUPTED.ended());
  }

  @Test
  void onlyASignOffJobSignsOff() {
    var draft = job(ReviewJob.Status.RUNNING, 1);
    assertFalse(draft.signsOff());
    var signOff =
        new ReviewJob(
            2,
            2026,
            ReviewJob.Kind.SIGN_OFF,
            "compliance",
            BEAT,
            ReviewJob.Status.RUNNING,
            1,
            6,
            "Counting",
            BEAT,
            null,
            null,
            null);
    assertTrue(signOff.signsOff());
  }

  @Test
  void progressNeverSaysDoneBeforeItIs() {
    assertEquals(0, job(ReviewJob.Status.RUNNING, 0).percent());
    assertEquals(60, job(ReviewJob.Status.RUNNING, 3).percent());
    assertEquals(80, job(ReviewJob.Status.RUNNING, 4).percent());
    assertEquals(100, job(ReviewJob.Status.DONE, 4).percent());
  }
}
