package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.boundary.RequestDeadlines;
import uk.council.evidence.request.entity.BankHoliday;
import uk.council.evidence.request.entity.DeadlineKind;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * The deadline calculator page: the kind of request and the day it arrived come in the query
 * string, so an answer can be bookmarked or sent on; what was typed is shown again when refused.
 */
@Named("deadlineCalculator")
@RequestScoped
public class DeadlineCalculatorBacking {

  static final String FORM = "calculator";

  @Inject RequestDeadlines deadlines;
  @Inject Messages messages;

  private String kind;
  private String received;
  private RequestDeadlines.Answer answer;

  public void calculate() {
    if (kind == null && received == null) {
      return;
    }
    try {
      answer = deadlines.calculate(kind, received);
    } catch (InvalidInput e) {
      messages.reject(FORM, e);
    }
  }

  public List<DeadlineKind> getKinds() {
    return List.of(DeadlineKind.values());
  }

  public RequestDeadlines.Answer getAnswer() {
    return answer;
  }

  /** "Tuesday 1 December 2026". */
  public String day(LocalDate day) {
    return Formats.weekdayAndDate(day);
  }

  /** "St Andrew’s Day (Scotland), Monday 30 November 2026". */
  public String holiday(BankHoliday h) {
    return h.title() + " (" + h.division().title() + "), " + day(h.date());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getReceived() {
    return received;
  }

  public void setReceived(String received) {
    this.received = received;
  }
}
