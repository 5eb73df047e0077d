package uk.council.evidence.casework.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A case's details, checked: what happened, when and where, in which service area, and the police
 * and CPS references once there are any. Built from what someone typed by {@link #check}, which
 * names every problem at once.
 *
 * @param type what happened
 * @param occurredAt when it happened
 * @param location where, as people describe it (a street, a car park)
 * @param serviceAreaId the service area whose supervisors see the case
 * @param description what happened, in a sentence or two
 * @param policeReference the police crime reference, once there is one
 * @param cpsUrn the CPS unique reference number, once there is one
 * @param reviewDate when someone should next look at the case
 */
public record CaseDetails(
    CaseType type,
    Instant occurredAt,
    String location,
    long serviceAreaId,
    String description,
    String policeReference,
    String cpsUrn,
    LocalDate reviewDate) {

  /**
   * A CPS URN: the police force's two digits, the unit's two letters, five digits and the year's
   * two digits, e.g. {@code 01YE1234526}; typed with or without spaces and slashes.
   */
  private static final Pattern URN = Pattern.compile("\\d{2}[A-Z]{2}\\d{5}\\d{2}");

  private static final Pattern POLICE_REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9/-]{2,31}");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  /** What a form holds, as typed. */
  public record Typed(
      String type,
      String occurredDate,
      String occurredTime,
      String location,
      Long serviceAreaId,
      String description,
      String policeReference,
      String cpsUrn,
      String reviewDate) {}

  /** Checks a form against the rules, as at {@code now} in {@code zone}; every problem at once. */
  public static CaseDetails check(Typed typed, Instant now, ZoneId zone) {
    var check = new InputCheck();
    CaseType type = null;
    try {
      type = CaseType.valueOf(text(typed.type()));
    } catch (IllegalArgumentException e) {
      check.add("type", "Choose what happened.");
    }
    Instant occurred = null;
    LocalDate day =
        check.value(() -> date("occurredDate", typed.occurredDate(), "when it happened"));
    java.time.LocalTime time = null;
    try {
      time = java.time.LocalTime.parse(text(typed.occurredTime()), TIME);
    } catch (DateTimeParseException e) {
      check.add("occurredTime", "Enter the time it happened, like 14:30.");
    }
    if (day != null && time != null) {
      occurred = LocalDateTime.of(day, time).atZone(zone).toInstant();
      if (occurred.isAfter(now)) {
        check.add("occurredDate", "When it happened must be in the past.");
        occurred = null;
      }
    }
    String location = text(typed.location());
    if (location.isEmpty() || location.length() > 200) {
      check.add("location", "Say where it happened, in up to 200 characters.");
    }
    if (typed.serviceAreaId() == null) {
      check.add("serviceArea", "Choose the service area the case belongs to.");
    }
    String description = text(typed.description());
    if (description.isEmpty() || description.length() > 2000) {
      check.add("description", "Describe what happened, in up to 2,000 characters.");
    }
    String police = text(typed.policeReference()).toUpperCase(Locale.ROOT);
    if (!police.isEmpty() && !POLICE_REFERENCE.matcher(police).matches()) {
      check.add(
          "policeReference",
          "Enter the police crime reference as the police gave it: letters, digits, / and -.");
    }
    String urn = text(typed.cpsUrn()).toUpperCase(Locale.ROOT).replaceAll("[\\s/]", "");
    if (!urn.isEmpty() && !URN.matcher(urn).matches()) {
      check.add("cpsUrn", "Enter the CPS URN as 11 characters, like 01YE1234526.");
    }
    LocalDate review = null;
    if (!text(typed.reviewDate()).isEmpty()) {
      review = check.value(() -> date("reviewDate", typed.reviewDate(), "the review date"));
      if (review != null && review.isBefore(now.atZone(zone).toLocalDate())) {
        check.add("reviewDate", "The review date must be today or later.");
      }
    }
    check.orThrow();
    return new CaseDetails(
        type,
        occurred,
        location,
        typed.serviceAreaId(),
        description,
        police.isEmpty() ? null : police,
        urn.isEmpty() ? null : urn,
        review);
  }

  private static LocalDate date(String field, String typed, String what) {
    try {
      return LocalDate.parse(text(typed), DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Enter " + what + " as a date, like 26/11/2026.");
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
