package uk.council.evidence.request.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What the council decided on a request, each for one kind of request, with what the decision needs
 * written down: a reason (refusals, the FOI cost limit, vexatious requests), the public-interest
 * test (FOI qualified exemptions s.30 and s.31), how other people in the footage were dealt with
 * (disclosing someone's footage of themselves).
 */
public enum Outcome {
  SAR_DISCLOSE(RequestKind.SUBJECT_ACCESS, "Disclose", Needs.THIRD_PARTIES, true),
  SAR_DISCLOSE_IN_PART(RequestKind.SUBJECT_ACCESS, "Disclose in part", Needs.THIRD_PARTIES, true),
  SAR_OFFER_TO_VIEW(RequestKind.SUBJECT_ACCESS, "Offer to view the footage", Needs.NOTHING, true),
  SAR_REFUSE_UNFOUNDED(
      RequestKind.SUBJECT_ACCESS, "Refuse: manifestly unfounded", Needs.REASON, false),
  SAR_REFUSE_EXCESSIVE(
      RequestKind.SUBJECT_ACCESS, "Refuse: manifestly excessive", Needs.REASON, false),
  FOI_DISCLOSE(RequestKind.FOI, "Disclose the information", Needs.NOTHING, false),
  FOI_S40_2(RequestKind.FOI, "Refuse: other people's personal data, s.40(2)", Needs.NOTHING, false),
  FOI_S40_1(
      RequestKind.FOI,
      "The requester's own personal data, s.40(1): answer as a subject access request",
      Needs.NOTHING,
      false),
  FOI_S30(RequestKind.FOI, "Refuse: investigations, s.30", Needs.PUBLIC_INTEREST, false),
  FOI_S31(RequestKind.FOI, "Refuse: law enforcement, s.31", Needs.PUBLIC_INTEREST, false),
  FOI_S12(RequestKind.FOI, "Refuse: over the cost limit, s.12", Needs.REASON, false),
  FOI_S14(RequestKind.FOI, "Refuse: vexatious, s.14", Needs.REASON, false),
  TPR_DISCLOSE(RequestKind.THIRD_PARTY, "Disclose under Sch. 2 para 2", Needs.SCHEDULE_2, true),
  TPR_REFUSE(RequestKind.THIRD_PARTY, "Refuse", Needs.REASON, false),
  NONE_HELD(null, "None held", Needs.NOTHING, false);

  /** What a decision must have written down. */
  public enum Needs {
    NOTHING,
    /** Why: a refusal's grounds, the cost estimate, why it is vexatious. */
    REASON,
    /** The public-interest test, written down (FOIA s.2(2)(b)). */
    PUBLIC_INTEREST,
    /** How other people in the footage were dealt with. */
    THIRD_PARTIES,
    /** The Sch. 2 para 2 record: purpose, why needed, and for the police who authorised it. */
    SCHEDULE_2
  }

  private final RequestKind kind;
  private final String title;
  private final Needs needs;
  private final boolean showsFootage;

  Outcome(RequestKind kind, String title, Needs needs, boolean showsFootage) {
    this.kind = kind;
    this.title = title;
    this.needs = needs;
    this.showsFootage = showsFootage;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  public Needs needs() {
    return needs;
  }

  /**
   * Whether the decision gives the requester footage (a copy, or a viewing), so at least one
   * recording must have been marked as showing what was asked for.
   */
  public boolean showsFootage() {
    return showsFootage;
  }

  /** Whether this decision answers a request of that kind ("none held" answers any). */
  public boolean answers(RequestKind requestKind) {
    return kind == null || kind == requestKind;
  }

  /** The decisions open to a request of this kind, in order. */
  public static List<Outcome> forKind(RequestKind requestKind) {
    return Arrays.stream(values()).filter(o -> o.answers(requestKind)).toList();
  }

  /** Whether it is a refusal, counted by its reason in the monthly figures. */
  public boolean isRefusal() {
    return switch (this) {
      case SAR_REFUSE_UNFOUNDED,
          SAR_REFUSE_EXCESSIVE,
          FOI_S40_2,
          FOI_S30,
          FOI_S31,
          FOI_S12,
          FOI_S14,
          TPR_REFUSE ->
          true;
      default -> false;
    };
  }
}
