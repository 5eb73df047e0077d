package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.footage.entity.FixityOutcome;
import uk.council.evidence.footage.entity.StorageKey;

class FixityTest {

  @TempDir Path root;
  FootageStore store;
  final List<Duration> slept = new ArrayList<>();

  @BeforeEach
  void store() {
    store = new FootageStore(root);
  }

  StorageKey stored(byte[] bytes) {
    return store.commit(store.stage(new ByteArrayInputStream(bytes), 1 << 20));
  }

  Throttle unlimited() {
    return new Throttle(Long.MAX_VALUE, Clock.systemUTC(), slept::add);
  }

  @Test
  void anUntouchedOriginalIsIntact() throws Exception {
    byte[] bytes = "an original, exactly as it arrived".getBytes();
    var key = stored(bytes);
    var result = FixityHasher.check(store, key, bytes.length, unlimited());
    assertEquals(FixityOutcome.INTACT, result.outcome());
  }

  @Test
  void aChangedByteIsFoundAndTheNewHashReported() throws Exception {
    byte[] bytes = "an original that someone edits on disk".getBytes();
    var key = stored(bytes);
    Path file = store.original(key);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    bytes[3] ^= 1;
    Files.write(file, bytes);
    var result = FixityHasher.check(store, key, bytes.length, unlimited());
    assertEquals(FixityOutcome.ALTERED, result.outcome());
    assertTrue(result.detail().startsWith("SHA-256 is now "), result.detail());
  }

  @Test
  void aDeletedOriginalIsMissing() throws Exception {
    byte[] bytes = "an original that is lost".getBytes();
    var key = stored(bytes);
    Files.delete(store.original(key));
    assertEquals(
        FixityOutcome.MISSING, FixityHasher.check(store, key, bytes.length, unlimited()).outcome());
  }

  @Test
  void theThrottleWaitsUntilTheAverageRateIsBackUnderTheLimit() throws Exception {
    var clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);
    var pace = new Throttle(1_000_000, clock, slept::add);
    pace.read(500_000);
    pace.read(500_000);
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), slept);
    assertEquals(1_000_000, pace.bytes());
  }

  @Test
  void theThrottleDoesNotWaitWhenReadingIsSlowerThanTheRate() throws Exception {
    var later = new Instant[] {Instant.parse("2026-11-26T02:00:00Z")};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return later[0];
          }
        };
    var pace = new Throttle(1_000_000, clock, slept::add);
    later[0] = later[0].plusSeconds(2);
    pace.read(1_000_000);
    assertTrue(slept.isEmpty(), slept.toString());
  }
}
