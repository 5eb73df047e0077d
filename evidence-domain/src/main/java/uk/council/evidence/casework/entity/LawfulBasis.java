package uk.council.evidence.casework.entity;

/**
 * Why the law allows footage of people to be given to a recipient. Disclosure without a basis is
 * refused; the basis chosen is in the package, its continuity statements and the disclosure log.
 * Which bases fit which recipient is {@link RecipientKind}'s rule.
 */
public enum LawfulBasis {
  CRIME_PREVENTION(
      "Prevention or detection of crime, or prosecution of offenders (DPA 2018 Sch. 2 Pt 1 para 2)"),
  LAW_ENFORCEMENT("The council's own law enforcement, such as a prosecution (DPA 2018 Part 3)"),
  LEGAL_PROCEEDINGS(
      "Required by law, a court order, or for legal proceedings (DPA 2018 Sch. 2 Pt 1 para 5)"),
  SUBJECT_ACCESS("The data subject's right of access to their own data (UK GDPR Art. 15)");

  private final String title;

  LawfulBasis(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
