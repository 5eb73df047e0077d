package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A {@link Pause} as a request's row keeps it. */
@Embeddable
public class PausedDays {

  @Column(name = "from_day")
  private LocalDate fromDay;

  @Column(name = "until_day")
  private LocalDate untilDay;

  @Column(name = "asked")
  private String asked;

  protected PausedDays() {}

  PausedDays(Pause pause) {
    this.fromDay = pause.from();
    this.untilDay = pause.until();
    this.asked = pause.asked();
  }

  Pause pause() {
    return new Pause(fromDay, untilDay, asked);
  }
}
