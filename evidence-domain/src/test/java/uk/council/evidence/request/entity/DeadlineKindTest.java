package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class DeadlineKindTest {

  static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  static LocalDate due(DeadlineKind kind) {
    return kind.from(RECEIVED, TODAY, Calendars.UK).due();
  }

  @Test
  void eachKindCountsByItsOwnRule() {
    assertEquals(LocalDate.of(2026, 12, 2), due(DeadlineKind.SUBJECT_ACCESS));
    assertEquals(LocalDate.of(2027, 2, 2), due(DeadlineKind.SUBJECT_ACCESS_EXTENDED));
    assertEquals(LocalDate.of(2026, 12, 1), due(DeadlineKind.FOI));
    assertEquals(LocalDate.of(2026, 12, 1), due(DeadlineKind.FOI_INTERNAL_REVIEW));
    assertEquals(LocalDate.of(2026, 12, 2), due(DeadlineKind.COMPLAINT));
  }

  @Test
  void noKindTakesADayInTheFuture() {
    for (DeadlineKind kind : DeadlineKind.values()) {
      assertThrows(
          InvalidInput.class, () -> kind.from(TODAY.plusDays(1), TODAY, Calendars.UK), kind.name());
    }
  }
}
