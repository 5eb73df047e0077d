package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrgencyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  static Urgency dueIn(int days) {
    return Urgency.of(Deadline.running(TODAY.plusDays(days), List.of()), TODAY);
  }

  @Test
  void redAmberAndGreenByDaysLeft() {
    assertEquals(Urgency.OVERDUE, dueIn(-1));
    assertEquals(Urgency.RED, dueIn(0));
    assertEquals(Urgency.RED, dueIn(Urgency.RED_DAYS));
    assertEquals(Urgency.AMBER, dueIn(Urgency.RED_DAYS + 1));
    assertEquals(Urgency.AMBER, dueIn(Urgency.AMBER_DAYS));
    assertEquals(Urgency.GREEN, dueIn(Urgency.AMBER_DAYS + 1));
  }

  @Test
  void aStoppedClockIsNeither() {
    assertEquals(Urgency.PAUSED, Urgency.of(Deadline.paused(TODAY, 4), TODAY));
    assertEquals(Urgency.WAITING, Urgency.of(Deadline.waiting(TODAY), TODAY));
  }
}
