package uk.council.evidence.web.shell;

import java.io.Serializable;

/**
 * The two ends of a period that a screen asks for, as the form holds them: days for a signed
 * report, or a search's times as typed. Views bind {@code period.from} and {@code period.to}.
 *
 * @param <T> what the form's fields hold, e.g. {@code LocalDate} or the typed {@code String}
 */
public class Period<T extends Serializable> implements Serializable {

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
