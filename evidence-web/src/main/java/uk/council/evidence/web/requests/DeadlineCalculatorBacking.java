package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.boundary.RequestDeadlines;
import uk.council.evidence.request.entity.BankHoliday;
import uk.council.evidence.request.entity.DeadlineKind;
import uk.council.evidence.web.shell.Messages;

/**
 * The deadline calculator page: the kind of request and the day it arrived come in the query
 * string, so an answer can be bookmarked or sent on; what was typed is shown again when refused.
 */
@Named("deadlineCalculator")
@RequestScoped
public class DeadlineCalculatorBacking {

  static final String FORM = "calculator";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

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
      var check = new InputCheck();
      DeadlineKind chosen = check.value(() -> kindOf(kind));
      LocalDate day = check.value(() -> dayOf(received));
      check.orThrow();
      answer = deadlines.calculate(chosen, day);
    } catch (InvalidInput e) {
      messages.reject(FORM, e);
    }
  }

  private static DeadlineKind kindOf(String text) {
    try {
      return DeadlineKind.valueOf(text == null ? "" : text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("kind", "Choose the kind of request.");
    }
  }

  private static LocalDate dayOf(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("received", "Enter the day it arrived.");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "received", "Enter the day it arrived as a real date, for example 2026-11-02.");
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
    return day == null ? "" : DAY.format(day);
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
