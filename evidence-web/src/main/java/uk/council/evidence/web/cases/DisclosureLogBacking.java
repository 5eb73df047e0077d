package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import uk.council.evidence.casework.boundary.DisclosureLog;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Period;

/**
 * The disclosure log for compliance officers: every package built in a period of whole UK days,
 * with its case, exhibits, recipient, lawful basis and purpose, downloads and where it stands.
 */
@Named("disclosureLog")
@RequestScoped
public class DisclosureLogBacking {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Inject DisclosureLog disclosures;
  @Inject Messages messages;
  @Inject Clock clock;

  private final Period<String> period = new Period<>();
  private List<DisclosureLog.LogEntry> entries;

  /** Shows the last 30 days until a period is chosen. */
  public void load() {
    LocalDate today = clock.instant().atZone(CouncilTime.ZONE).toLocalDate();
    if (period.getFrom() == null && period.getTo() == null) {
      period.set(DAY.format(today.minusDays(29)), DAY.format(today));
    }
    var check = new InputCheck();
    LocalDate first = check.value(() -> day("from", period.getFrom(), "the first day"));
    LocalDate last = check.value(() -> day("to", period.getTo(), "the last day"));
    if (first != null && last != null && last.isBefore(first)) {
      check.add("to", "The last day must be the same as or after the first day.");
    }
    try {
      check.orThrow();
    } catch (InvalidInput e) {
      messages.reject("period", e);
      entries = List.of();
      return;
    }
    entries =
        disclosures.log(
            first.atStartOfDay(CouncilTime.ZONE).toInstant(),
            last.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant());
  }

  private static LocalDate day(String field, String typed, String what) {
    try {
      return LocalDate.parse(typed == null ? "" : typed.strip(), DAY);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Enter " + what + " as a date, like 26/11/2026.");
    }
  }

  public String standing(DisclosureLog.LogEntry entry) {
    var p = entry.disclosurePackage();
    if (p.getRevokedAt().isPresent()) {
      return "Revoked " + Formats.dateTime(p.getRevokedAt().get()) + ": " + p.getRevokeReason();
    }
    if (!clock.instant().isBefore(p.getExpiresAt())) {
      return "Expired after " + Formats.lastDay(p.getExpiresAt());
    }
    if (p.getFileRemovedAt().isPresent()) {
      return "Copy removed " + Formats.dateTime(p.getFileRemovedAt().get());
    }
    return "Downloadable until " + Formats.lastDay(p.getExpiresAt());
  }

  public String time(java.time.Instant instant) {
    return Formats.dateTime(instant);
  }

  public List<DisclosureLog.LogEntry> getEntries() {
    return entries;
  }

  public Period<String> getPeriod() {
    return period;
  }
}
