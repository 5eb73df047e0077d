package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.util.List;

/** The deadlines the calculator works out from the day something arrived. */
public enum DeadlineKind {
  SUBJECT_ACCESS("Subject access request", "a month, on a working day in England and Wales"),
  SUBJECT_ACCESS_EXTENDED(
      "Subject access request, extended", "three months, on a working day in England and Wales"),
  FOI("FOI request", "the twentieth UK working day following receipt"),
  FOI_INTERNAL_REVIEW("FOI internal review", "the twentieth UK working day (the ICO's target)"),
  COMPLAINT("Complaint about a request: acknowledgement", "30 days");

  private final String title;
  private final String rule;

  DeadlineKind(String title, String rule) {
    this.title = title;
    this.rule = rule;
  }

  public String title() {
    return title;
  }

  /** The rule in a few words, for the calculator's answer. */
  public String rule() {
    return rule;
  }

  /**
   * The deadline for something of this kind that arrived on {@code received}, with no pause, late
   * start or clarification.
   *
   * @throws uk.council.evidence.platform.entity.InvalidInput if {@code received} is after today
   */
  public Deadline from(LocalDate received, LocalDate today, BankHolidays holidays) {
    Received.check(received, today);
    return switch (this) {
      case SUBJECT_ACCESS ->
          new SubjectAccessClock(received, false, null, null, List.of()).deadline(holidays);
      case SUBJECT_ACCESS_EXTENDED ->
          new SubjectAccessClock(received, false, null, "extended", List.of()).deadline(holidays);
      case FOI, FOI_INTERNAL_REVIEW ->
          new FoiClock(received, null, List.of(), null, null).deadline(holidays);
      case COMPLAINT -> Deadline.running(Complaint.acknowledgeBy(received), List.of());
    };
  }
}
