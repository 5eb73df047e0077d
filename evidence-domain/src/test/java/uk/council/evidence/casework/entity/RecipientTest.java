package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class RecipientTest {

  static final Instant NOW = CaseDetailsTest.NOW;
  static final ZoneId LONDON = CaseDetailsTest.LONDON;

  static Recipient.Typed typed(String kind, String organisation, String person, String basis) {
    return new Recipient.Typed(kind, organisation, person, basis, "For the claim.", "24/12/2026");
  }

  static InvalidInput refused(Recipient.Typed typed, Set<RecipientKind> offered) {
    return assertThrows(InvalidInput.class, () -> Recipient.check(typed, offered, NOW, LONDON));
  }

  static String message(InvalidInput e, String field) {
    return e.problems().stream()
        .filter(p -> field.equals(p.field()))
        .map(InvalidInput.Problem::message)
        .findFirst()
        .orElse(null);
  }

  @Test
  void aCasesPackageIsStillForThePoliceOrTheCpsOnTheLawfulBasesItHadBefore() {
    assertEquals(Set.of(RecipientKind.POLICE, RecipientKind.CPS), RecipientKind.FOR_CASES);
    assertEquals(
        List.of(
            LawfulBasis.CRIME_PREVENTION,
            LawfulBasis.LAW_ENFORCEMENT,
            LawfulBasis.LEGAL_PROCEEDINGS),
        RecipientKind.basesFor(RecipientKind.FOR_CASES));
    InvalidInput e =
        refused(typed("DATA_SUBJECT", "", "Sam Taylor", "SUBJECT_ACCESS"), RecipientKind.FOR_CASES);
    assertEquals(
        "Choose whether the package is for the police or the CPS.", message(e, "recipientKind"));
  }

  @Test
  void thePoliceNeedAForceAndAnOfficer() {
    InvalidInput e = refused(typed("POLICE", "", "", "CRIME_PREVENTION"), RecipientKind.FOR_CASES);
    assertEquals(
        "Enter the police force or CPS area, for example Metropolitan Police Service.",
        message(e, "organisation"));
    assertEquals("Enter the officer the package is for, with their number.", message(e, "officer"));
    Recipient cps =
        Recipient.check(
            typed("CPS", "CPS London South", "", "LEGAL_PROCEEDINGS"),
            RecipientKind.FOR_CASES,
            NOW,
            LONDON);
    assertNull(cps.person());
    assertEquals("CPS London South", cps.name());
  }

  @Test
  void theDataSubjectIsNamedAndReceivesTheirOwnDataOnlyByTheirRightOfAccess() {
    Recipient subject =
        Recipient.check(
            typed("DATA_SUBJECT", "", "Sam Taylor", "SUBJECT_ACCESS"),
            RecipientKind.FOR_REQUESTS,
            NOW,
            LONDON);
    assertNull(subject.organisation());
    assertEquals("Sam Taylor", subject.name());
    InvalidInput e =
        refused(typed("DATA_SUBJECT", "", "", "CRIME_PREVENTION"), RecipientKind.FOR_REQUESTS);
    assertEquals("Enter the name of the person who asked for their footage.", message(e, "person"));
    assertEquals(
        "That lawful basis does not apply to a package for the data subject.",
        message(e, "lawfulBasis"));
  }

  @Test
  void thirdPartiesNeedAnOrganisationAndABasisThatFitsThem() {
    Recipient insurer =
        Recipient.check(
            typed("INSURER", "Aviva", "", "CRIME_PREVENTION"),
            RecipientKind.FOR_REQUESTS,
            NOW,
            LONDON);
    assertEquals("Aviva", insurer.name());
    Recipient solicitor =
        Recipient.check(
            typed("SOLICITOR", "Bloggs & Co", "J. Bloggs", "SUBJECT_ACCESS"),
            RecipientKind.FOR_REQUESTS,
            NOW,
            LONDON);
    assertEquals("J. Bloggs, Bloggs & Co", solicitor.name(), "acting for the data subject");
    InvalidInput noOrganisation =
        refused(typed("PUBLIC_AUTHORITY", "", "", "CRIME_PREVENTION"), RecipientKind.FOR_REQUESTS);
    assertEquals(
        "Enter the organisation the package is for, in up to 120 characters.",
        message(noOrganisation, "organisation"));
    for (String kind : List.of("INSURER", "SOLICITOR", "PUBLIC_AUTHORITY", "DATA_SUBJECT")) {
      InvalidInput ownEnforcement =
          refused(typed(kind, "Someone", "Someone", "LAW_ENFORCEMENT"), RecipientKind.FOR_REQUESTS);
      assertTrue(
          message(ownEnforcement, "lawfulBasis").startsWith("That lawful basis does not apply"),
          "the council's own law enforcement is for the police and the CPS, not " + kind);
    }
    InvalidInput solicitorCrime =
        refused(
            typed("SOLICITOR", "Bloggs & Co", "", "CRIME_PREVENTION"), RecipientKind.FOR_REQUESTS);
    assertEquals(
        "That lawful basis does not apply to a package for a solicitor.",
        message(solicitorCrime, "lawfulBasis"));
  }
}
