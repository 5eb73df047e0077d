package uk.council.evidence.casework.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import uk.council.evidence.platform.entity.InputCheck;

/**
 * Who a disclosure is for and why: the police force and officer, or the CPS area; the lawful basis
 * and purpose; and the end of the day until which the package may be downloaded. Built from a form
 * by {@link #check}, which names every problem at once.
 */
public record Recipient(
    RecipientKind kind,
    String organisation,
    String officer,
    LawfulBasis basis,
    String purpose,
    Instant expiresAt) {

  /** The longest a package stays downloadable. */
  public static final int MAX_DAYS = 90;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** What the form holds, as typed. */
  public record Typed(
      String kind,
      String organisation,
      String officer,
      String basis,
      String purpose,
      String expires) {}

  /**
   * Checks a form, as at {@code now} in {@code zone}; the package expires at the end of the day.
   */
  public static Recipient check(Typed typed, Instant now, ZoneId zone) {
    var check = new InputCheck();
    RecipientKind kind = null;
    try {
      kind = RecipientKind.valueOf(text(typed.kind()));
    } catch (IllegalArgumentException e) {
      check.add("recipientKind", "Choose whether the package is for the police or the CPS.");
    }
    String organisation = text(typed.organisation());
    if (organisation.isEmpty() || organisation.length() > 120) {
      check.add(
          "organisation",
          "Enter the police force or CPS area, for example Metropolitan Police Service.");
    }
    String officer = text(typed.officer());
    if (kind == RecipientKind.POLICE && officer.isEmpty()) {
      check.add("officer", "Enter the officer the package is for, with their number.");
    }
    if (officer.length() > 120) {
      check.add("officer", "Keep the officer's name and number to 120 characters.");
    }
    LawfulBasis basis = null;
    try {
      basis = LawfulBasis.valueOf(text(typed.basis()));
    } catch (IllegalArgumentException e) {
      check.add("lawfulBasis", "Choose the lawful basis for the disclosure.");
    }
    String purpose = text(typed.purpose());
    if (purpose.isEmpty() || purpose.length() > 500) {
      check.add("purpose", "Say what the footage is for, in up to 500 characters.");
    }
    Instant expires = null;
    LocalDate today = now.atZone(zone).toLocalDate();
    try {
      LocalDate day = LocalDate.parse(text(typed.expires()), DATE);
      if (day.isBefore(today) || day.isAfter(today.plusDays(MAX_DAYS))) {
        check.add(
            "expires", "The package must expire between today and " + MAX_DAYS + " days from now.");
      } else {
        expires = day.plusDays(1).atStartOfDay(zone).toInstant();
      }
    } catch (DateTimeParseException e) {
      check.add("expires", "Enter the expiry as a date, like 24/12/2026.");
    }
    check.orThrow();
    return new Recipient(
        kind, organisation, officer.isEmpty() ? null : officer, basis, purpose, expires);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
