package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class ClipRangeTest {

  final Duration length = Duration.ofMinutes(4).plusSeconds(30);

  @Test
  void timesAreReadAsPeopleWriteThem() {
    var range = ClipRange.of("1:05", "2:00.5", length);
    assertEquals(Duration.ofSeconds(65), range.start());
    assertEquals(Duration.ofMillis(120_500), range.end());
    assertEquals(Duration.ofSeconds(10), ClipRange.of("10", "0:00:20", length).start());
    assertEquals(Duration.ofMillis(55_500), ClipRange.of("0", "55.5", length).length());
  }

  @Test
  void theWholeRecordingIsAClipToo() {
    assertEquals(length, ClipRange.of("0:00", "4:30", length).length());
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> ClipRange.of("2:00", "1:00", length));
    assertEquals("clipEnd", e.field());
    assertEquals("The clip must end at least a second after it starts.", e.getMessage());
  }

  @Test
  void aRangeBeyondTheRecordingIsRefusedSayingWhereItEnds() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> ClipRange.of("4:30", "5:00", length));
    assertEquals(
        List.of(
            new InvalidInput.Problem(
                "clipStart", "The clip must start before the recording ends, at 4:30."),
            new InvalidInput.Problem(
                "clipEnd", "The clip cannot end after the recording does, at 4:30.")),
        e.problems());
  }

  @Test
  void nonsenseInBothFieldsIsReportedForBoth() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> ClipRange.of("soon", "1:75", length));
    assertEquals(
        List.of("clipStart", "clipEnd"), e.problems().stream().map(p -> p.field()).toList());
  }

  @Test
  void formatWritesTimesBack() {
    assertEquals("1:05", ClipRange.format(Duration.ofSeconds(65)));
    assertEquals("1:02:03.5", ClipRange.format(Duration.ofMillis(3_723_500)));
  }
}
