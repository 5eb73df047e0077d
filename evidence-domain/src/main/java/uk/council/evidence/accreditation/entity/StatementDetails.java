package uk.council.evidence.accreditation.entity;

import java.util.Optional;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What goes with a statement besides its words: the parts of the ICO's guidance on video
 * surveillance and the clauses of BS 8593:2025 it answers (for the review's cross-walk), and
 * whether the principle's figures are kept out of the public version.
 *
 * @param ico the ICO guidance's parts, as the officer names them; null for none
 * @param bs8593 the standard's clauses, for example "5.2, 7.4"; null for none
 */
public record StatementDetails(String ico, String bs8593, boolean figuresInternal) {

  /** The longest cross-reference, in characters. */
  public static final int MAX_REFERENCE = 300;

  /** No cross-references; figures published. */
  public static final StatementDetails NONE = new StatementDetails(null, null, false);

  /**
   * The details as typed: blanks are none.
   *
   * @throws InvalidInput naming a reference that is too long
   */
  public static StatementDetails typed(String ico, String bs8593, boolean figuresInternal) {
    var check = new InputCheck();
    String icoRef =
        Typed.optional(
            check,
            "ico",
            ico,
            MAX_REFERENCE,
            "Name the ICO guidance's parts in up to " + MAX_REFERENCE + " characters.");
    String bsRef =
        Typed.optional(
            check,
            "bs8593",
            bs8593,
            MAX_REFERENCE,
            "Name the clauses of BS 8593 in up to " + MAX_REFERENCE + " characters.");
    check.orThrow();
    return new StatementDetails(icoRef, bsRef, figuresInternal);
  }

  public Optional<String> icoReference() {
    return Optional.ofNullable(ico);
  }

  public Optional<String> bs8593Reference() {
    return Optional.ofNullable(bs8593);
  }
}
