package uk.council.evidence.web.shell;

import java.io.Serializable;

/**
 * The two ends of a period that a screen asks for, as the form holds them: days for a signed
 * report, or a search's times as typed. Views bind {@code period.from} and {@code period.to}.
 *
 * <p>{@code T} is unbounded on purpose: Faces converts by a property's declared type, which for
 * {@code T} is {@code Object}, so typed text is kept as it is and a day field names its converter.
 *
 * @param <T> what the form's fields hold, e.g. {@code LocalDate} or the typed {@code String}; both
 *     are serializable, as a view-scoped bean's state must be
 */
public class Period<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private T from;
  private T to;

  /** Sets both ends, e.g. to a screen's default period. */
  public void set(T from, T to) {
    this.from = from;
    this.to = to;
  }

  public T getFrom() {
    return from;
  }

  public void setFrom(T from) {
    this.from = from;
  }

  public T getTo() {
    return to;
  }

  public void setTo(T to) {
    this.to = to;
  }
}
