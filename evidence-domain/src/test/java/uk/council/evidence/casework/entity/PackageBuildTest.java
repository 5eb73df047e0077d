package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PackageBuildTest {

  private static PackageBuild build(PackageBuild.Status status, long done, Long of) {
    return new PackageBuild(
        1,
        "DP-2026-0001",
        PackageSource.Kind.CASE,
        3,
        "PC 1 A, Met",
        status,
        "evidence.officer",
        Instant.EPOCH,
        null,
        0,
        done,
        of,
        null,
        null);
  }

  @Test
  void percentIsHowMuchFootageIsCopiedAndNeverAHundredUntilRecorded() {
    assertEquals(0, build(PackageBuild.Status.QUEUED, 0, null).percent());
    assertEquals(0, build(PackageBuild.Status.RUNNING, 5, 0L).percent());
    assertEquals(25, build(PackageBuild.Status.RUNNING, 1L << 30, 4L << 30).percent());
    assertEquals(99, build(PackageBuild.Status.RUNNING, 4L << 30, 4L << 30).percent());
    assertEquals(100, build(PackageBuild.Status.DONE, 4L << 30, 4L << 30).percent());
  }
}
