package uk.council.evidence.accreditation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class SelfAssessmentRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final Principle SIX =
      new Principle(
          "2021", 6, "Keep no more than needed", "Footage is kept ...", List.of("How long?"));
  static final ReviewYear YEAR = ReviewYear.of(2026, TODAY);

  @Test
  void aReviewYearIsFromTheCodesFirstYearToNextYear() {
    assertEquals(2013, ReviewYear.of("2013", TODAY).year());
    assertEquals(2027, ReviewYear.of(" 2027 ", TODAY).year());
    assertEquals(
        "year", assertThrows(InvalidInput.class, () -> ReviewYear.of("2012", TODAY)).field());
    assertThrows(InvalidInput.class, () -> ReviewYear.of("2028", TODAY));
    InvalidInput notAYear = assertThrows(InvalidInput.class, () -> ReviewYear.of("last", TODAY));
    assertTrue(notAYear.getMessage().contains("for example 2026"), notAYear.getMessage());
    assertEquals(2025, YEAR.previous().year());
  }

  @Test
  void aStatementNeedsItsTextARatingAndTheReasonAllNamedAtOnce() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> new PrincipleStatement(YEAR, SIX, "  ", "PURPLE", "", "compliance", NOW));
    assertEquals(
        List.of("statement", "rating", "reason"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
    assertThrows(
        InvalidInput.class,
        () ->
            new PrincipleStatement(
                YEAR,
                SIX,
                "x".repeat(PrincipleStatement.MAX_STATEMENT + 1),
                "GREEN",
                "ok",
                "c",
                NOW));

    var written =
        new PrincipleStatement(
            YEAR,
            SIX,
            " Deleted within 31 days. ",
            "AMBER",
            " Three were late. ",
            "compliance",
            NOW);
    assertEquals("Deleted within 31 days.", written.getStatement());
    assertEquals(Rating.AMBER, written.getRating());
    assertEquals("Three were late.", written.getRatingReason());
    assertEquals(2026, written.getReviewYear());
    assertEquals(6, written.getPrinciple());
  }

  @Test
  void crossReferencesAreOptionalButShortAndCheckedWithTheStatement() {
    String tooLong = "x".repeat(StatementDetails.MAX_REFERENCE + 1);
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                new PrincipleStatement(
                    YEAR,
                    SIX,
                    "",
                    "GREEN",
                    "ok",
                    new StatementDetails(tooLong, tooLong, false),
                    "c",
                    NOW));
    assertEquals(
        List.of("statement", "ico", "bs8593"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
    var written =
        new PrincipleStatement(
            YEAR,
            SIX,
            "Kept 31 days.",
            "GREEN",
            "ok",
            new StatementDetails(" Retention ", "  ", true),
            "c",
            NOW);
    assertEquals(new StatementDetails("Retention", null, true), written.getDetails());
    assertTrue(written.getDetails().bs8593Reference().isEmpty());
    assertEquals(
        StatementDetails.NONE,
        new PrincipleStatement(YEAR, SIX, "s", "RED", "r", "c", NOW).getDetails());
  }

  @Test
  void anActionNeedsWhatWhoAndARealDueDay() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> new ReviewAction(YEAR, SIX, "", " ", "2027-02-30", "compliance", NOW));
    assertEquals(
        List.of("action", "owner", "due"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
    assertTrue(e.problems().get(2).message().contains("real date"));
  }

  @Test
  void closingAnActionRecordsTheDayAndOpeningItAgainClearsIt() {
    var action =
        new ReviewAction(
            YEAR,
            SIX,
            "Review the holds over a year old",
            "Records manager",
            "2026-11-30",
            "c",
            NOW);
    assertEquals(ActionStatus.OPEN, action.getStatus());
    assertTrue(action.overdue(TODAY));
    action.changeStatus("IN_PROGRESS", TODAY);
    assertTrue(action.getClosedOn().isEmpty());
    action.changeStatus("DONE", TODAY);
    assertEquals(TODAY, action.getClosedOn().orElseThrow());
    assertFalse(action.overdue(TODAY));
    action.changeStatus("DROPPED", TODAY.plusDays(3));
    assertEquals(TODAY, action.getClosedOn().orElseThrow(), "closed on the day it first closed");
    action.changeStatus("OPEN", TODAY);
    assertTrue(action.getClosedOn().isEmpty());
    assertEquals(
        "status",
        assertThrows(InvalidInput.class, () -> action.changeStatus("LATER", TODAY)).field());
  }
}
