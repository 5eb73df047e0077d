package uk.council.evidence.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.web.footage.Formats;

/**
 * {@link Formats}' days and moments for the pages, which cannot call a static method: {@code
 * #{dates.day(d)}} ("7 December 2026") and {@code #{dates.time(t)}} ("7 December 2026, 10:15").
 */
@Named("dates")
@ApplicationScoped
public class Dates {

  public String day(LocalDate day) {
    return Formats.date(day);
  }

  public String time(Instant instant) {
    return Formats.dateTime(instant);
  }
}
