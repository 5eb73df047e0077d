package uk.council.evidence.request.entity;

import java.time.LocalDate;

/**
 * A complaint about how a request was handled (DPA 2018 s.164A, in force from 19 June 2026): the
 * council acknowledges it within 30 days of receiving it.
 */
public final class Complaint {

  /** Days to acknowledge a complaint. */
  public static final int DAYS_TO_ACKNOWLEDGE = 30;

  private Complaint() {}

  /** The last day to acknowledge a complaint received on {@code received}. */
  public static LocalDate acknowledgeBy(LocalDate received) {
    return received.plusDays(DAYS_TO_ACKNOWLEDGE);
  }
}
