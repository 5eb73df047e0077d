package uk.council.evidence.casework.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a disclosure package is for, with the lawful bases that can apply to them and whom the
 * package must name.
 *
 * <p>A case's packages go to the police or the CPS. A request's may go to the data subject who
 * asked (their right of access, UK GDPR Art. 15, directly or through a solicitor acting for them),
 * or to a third party: the police, an insurer or another public authority for the prevention or
 * detection of crime (DPA 2018 Sch. 2 Pt 1 para 2, e.g. insurance fraud), or any of them and a
 * solicitor for legal proceedings (para 5). Only the police and the CPS receive footage for the
 * council's own law enforcement (DPA 2018 Part 3).
 */
public enum RecipientKind {
  POLICE(
      "Police",
      "the police",
      true,
      true,
      EnumSet.of(
          LawfulBasis.CRIME_PREVENTION,
          LawfulBasis.LAW_ENFORCEMENT,
          LawfulBasis.LEGAL_PROCEEDINGS)),
  CPS(
      "Crown Prosecution Service",
      "the CPS",
      true,
      false,
      EnumSet.of(
          LawfulBasis.CRIME_PREVENTION,
          LawfulBasis.LAW_ENFORCEMENT,
          LawfulBasis.LEGAL_PROCEEDINGS)),
  DATA_SUBJECT(
      "The data subject (the requester)",
      "the data subject",
      false,
      true,
      EnumSet.of(LawfulBasis.SUBJECT_ACCESS)),
  INSURER(
      "An insurer",
      "an insurer",
      true,
      false,
      EnumSet.of(LawfulBasis.CRIME_PREVENTION, LawfulBasis.LEGAL_PROCEEDINGS)),
  SOLICITOR(
      "A solicitor",
      "a solicitor",
      true,
      false,
      EnumSet.of(LawfulBasis.LEGAL_PROCEEDINGS, LawfulBasis.SUBJECT_ACCESS)),
  PUBLIC_AUTHORITY(
      "Another public authority",
      "another public authority",
      true,
      false,
      EnumSet.of(LawfulBasis.CRIME_PREVENTION, LawfulBasis.LEGAL_PROCEEDINGS));

  /** The recipients of a case's packages: the police and the CPS. */
  public static final Set<RecipientKind> FOR_CASES =
      Collections.unmodifiableSet(EnumSet.of(POLICE, CPS));

  /** The recipients of a request's packages: the data subject, or any third party. */
  public static final Set<RecipientKind> FOR_REQUESTS =
      Collections.unmodifiableSet(EnumSet.allOf(RecipientKind.class));

  private final String title;
  private final String inSentence;
  private final boolean organisationNeeded;
  private final boolean personNeeded;
  private final Set<LawfulBasis> bases;

  RecipientKind(
      String title,
      String inSentence,
      boolean organisationNeeded,
      boolean personNeeded,
      Set<LawfulBasis> bases) {
    this.title = title;
    this.inSentence = inSentence;
    this.organisationNeeded = organisationNeeded;
    this.personNeeded = personNeeded;
    this.bases = Collections.unmodifiableSet(bases);
  }

  public String title() {
    return title;
  }

  /** How a sentence names them: "a package for the police". */
  public String inSentence() {
    return inSentence;
  }

  /** Whether the package must name an organisation: a force, a CPS area, an insurer... */
  public boolean needsOrganisation() {
    return organisationNeeded;
  }

  /** Whether it must name a person: the police officer, or the data subject. */
  public boolean needsPerson() {
    return personNeeded;
  }

  /** Whether footage may be disclosed to them on this basis. */
  public boolean allows(LawfulBasis basis) {
    return bases.contains(basis);
  }

  /** The bases that can apply to any of these recipients, in the order the law lists them. */
  public static List<LawfulBasis> basesFor(Set<RecipientKind> kinds) {
    return EnumSet.allOf(LawfulBasis.class).stream()
        .filter(b -> kinds.stream().anyMatch(k -> k.allows(b)))
        .collect(Collectors.toList());
  }
}
