package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

class CaseDetailsTest {

  static final ZoneId LONDON = CouncilTime.ZONE;
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  static CaseDetails.Typed typed(
      String date, String time, String police, String urn, String review) {
    return new CaseDetails.Typed(
        "ASSAULT_ON_STAFF",
        date,
        time,
        "Pay and display, Station Road",
        3L,
        "A driver pushed the warden while a ticket was issued.",
        police,
        urn,
        review);
  }

  @Test
  void aCompleteFormIsReadInUkTime() {
    var details =
        CaseDetails.check(
            typed("25/11/2026", "14:30", "cad/1234/26", "01 YE 12345 26", "3/12/2026"),
            NOW,
            LONDON);
    assertEquals(CaseType.ASSAULT_ON_STAFF, details.type());
    assertEquals(Instant.parse("2026-11-25T14:30:00Z"), details.occurredAt());
    assertEquals("CAD/1234/26", details.policeReference());
    assertEquals("01YE1234526", details.cpsUrn());
    assertEquals(LocalDate.of(2026, 12, 3), details.reviewDate());
  }

  @Test
  void summerTimeIsAnHourAheadOfUtc() {
    var details = CaseDetails.check(typed("1/7/2026", "09:00", "", "", ""), NOW, LONDON);
    assertEquals(Instant.parse("2026-07-01T08:00:00Z"), details.occurredAt());
    assertNull(details.policeReference());
    assertNull(details.cpsUrn());
    assertNull(details.reviewDate());
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    var bad =
        new CaseDetails.Typed(
            "", "31/2/2026", "25:00", " ", null, "", "no spaces allowed", "12345", "1/1/2020");
    InvalidInput e = assertThrows(InvalidInput.class, () -> CaseDetails.check(bad, NOW, LONDON));
    assertEquals(
        List.of(
            "type",
            "occurredDate",
            "occurredTime",
            "location",
            "serviceArea",
            "description",
            "policeReference",
            "cpsUrn",
            "reviewDate"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
  }

  @Test
  void anIncidentCannotHaveHappenedInTheFuture() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> CaseDetails.check(typed("26/11/2026", "11:30", "", "", ""), NOW, LONDON));
    assertEquals("When it happened must be in the past.", e.getMessage());
  }
}
