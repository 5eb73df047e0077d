package uk.council.evidence.request.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A request as the data protection officer typed it from the letter: every field text, read and
 * checked here in one place, every problem named at once.
 *
 * @param kind {@link RequestKind}'s name
 * @param received the day it arrived, as an ISO date ({@code 2026-11-02})
 * @param channel {@link Channel}'s name
 * @param requesterKind {@link RequesterKind}'s name
 * @param name the requester's name (for the police, the officer and force)
 * @param address their postal address
 * @param email their e-mail address
 * @param phone their telephone number
 * @param from the start of the time asked for, as an ISO local date and time, UK time
 * @param until its end
 * @param place where
 * @param person the person and their clothing
 * @param camera a camera, if the requester knows it
 * @param officer an officer's name or number, if known
 * @param details anything else
 * @param cameraId a camera chosen from the council's, to narrow the holds; blank for none
 * @param wearerId a wearer chosen, likewise
 * @param areaId a service area chosen, likewise
 * @param identityNeeded whether the month waits for proof of identity (subject access only)
 */
public record RequestForm(
    String kind,
    String received,
    String channel,
    String requesterKind,
    String name,
    String address,
    String email,
    String phone,
    String from,
    String until,
    String place,
    String person,
    String camera,
    String officer,
    String details,
    String cameraId,
    String wearerId,
    String areaId,
    boolean identityNeeded) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * The request, checked.
   *
   * @param today the council's day now: nothing arrives after it
   * @param now the present: a window cannot begin after it
   * @throws InvalidInput naming every field that is wrong
   */
  public Checked check(LocalDate today, Instant now) {
    var check = new InputCheck();
    RequestKind k =
        check.value(() -> choice(RequestKind.class, kind, "kind", "Choose the kind of request."));
    LocalDate day = check.value(() -> day(received, today));
    Channel ch =
        check.value(() -> choice(Channel.class, channel, "channel", "Choose how it arrived."));
    RequesterKind who =
        check.value(
            () ->
                choice(
                    RequesterKind.class, requesterKind, "requesterKind", "Choose who is asking."));
    if (k != null && who != null && !who.mayMake(k)) {
      check.add(
          "requesterKind",
          switch (k) {
            case SUBJECT_ACCESS ->
                "A subject access request comes from the person themselves, or their solicitor.";
            case THIRD_PARTY ->
                "A member of the public asking for footage of themselves makes a subject access"
                    + " request: choose that kind.";
            case FOI -> "Choose who is asking.";
          });
    }
    String requester = text(name);
    if (requester == null || requester.length() > 200) {
      check.add("name", "Enter the requester's name, in up to 200 characters.");
    }
    String post = text(address);
    String mail = text(email);
    String tel = text(phone);
    if (post == null && mail == null) {
      check.add("address", "Enter a postal or an e-mail address to reply to.");
    }
    if (post != null && post.length() > 1000) {
      check.add("address", "Keep the address to 1000 characters.");
    }
    if (mail != null && (mail.length() > 320 || !EMAIL.matcher(mail).matches())) {
      check.add("email", "Enter an e-mail address like name@example.org.");
    }
    if (tel != null && (tel.length() > 40 || !tel.matches("[0-9+() -]+"))) {
      check.add("phone", "Enter a telephone number in digits, spaces and +, as 01632 960123.");
    }
    Instant start = check.value(() -> time(from, "from", "the start"));
    Instant end = check.value(() -> time(until, "until", "the end"));
    Sought sought = null;
    if (start == null && end == null && blank(from) && blank(until) && k == RequestKind.FOI) {
      if (text(details) == null || text(details).length() > 2000) {
        check.add("details", "Say what information is asked for, in up to 2000 characters.");
      }
    } else if (blank(from) || start != null) {
      if (blank(until) || end != null) {
        sought =
            check.value(() -> Sought.of(start, end, place, person, camera, officer, details, now));
      }
    }
    if (sought != null
        && day != null
        && sought.from().isAfter(day.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant())) {
      check.add(
          "from",
          "The time asked for begins after the request arrived, on "
              + CouncilTime.date(day)
              + ": check both dates.");
    }
    Long cam = check.value(() -> id(cameraId, "cameraId"));
    Long wearer = check.value(() -> id(wearerId, "wearerId"));
    Long area = check.value(() -> id(areaId, "areaId"));
    if (identityNeeded && k != null && k != RequestKind.SUBJECT_ACCESS) {
      check.add("identityNeeded", "Only a subject access request waits for proof of identity.");
    }
    check.orThrow();
    return new Checked(
        k,
        day,
        ch,
        who,
        requester,
        post,
        mail,
        tel,
        sought,
        text(details),
        cam,
        wearer,
        area,
        identityNeeded);
  }

  /**
   * A request read and checked.
   *
   * @param sought the window and description; null for an FOI request with no window
   * @param details what is asked, in the requester's words (also in {@code sought})
   */
  public record Checked(
      RequestKind kind,
      LocalDate received,
      Channel channel,
      RequesterKind requesterKind,
      String name,
      String address,
      String email,
      String phone,
      Sought sought,
      String details,
      Long cameraId,
      Long wearerId,
      Long areaId,
      boolean identityNeeded) {}

  /** A request form with nothing typed yet but today's date. */
  public static RequestForm blank(LocalDate today) {
    return new RequestForm(
        "",
        today.toString(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        false);
  }

  static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String message) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, message);
    }
  }

  static LocalDate day(String text, LocalDate today) {
    LocalDate day = InputCheck.day("received", text, "the day it arrived");
    Received.check(day, today);
    return day;
  }

  /** A local date and time as typed into a date-time field, UK time; null if blank. */
  public static Instant time(String text, String field, String name) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(CouncilTime.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          field, "Enter " + name + " as a date and time, for example 2026-11-02T14:30.");
    }
  }

  /** A choice from a list of ids, as submitted; null if none was chosen. */
  public static Long id(String text, String field) {
    if (blank(text)) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Choose from the list.");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(String s) {
    return blank(s) ? null : s.strip();
  }
}
