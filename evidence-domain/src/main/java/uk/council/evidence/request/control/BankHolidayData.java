package uk.council.evidence.request.control;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.entity.BankHoliday;
import uk.council.evidence.request.entity.BankHolidays;
import uk.council.evidence.request.entity.Division;

/**
 * Where the bank holidays come from: GOV.UK's published data ({@code
 * https://www.gov.uk/bank-holidays.json}, Open Government Licence), shipped as a dated snapshot and
 * replaceable by a newer file; and, for the years it does not cover, Jollyday's rules for the UK,
 * whose data has every division and the one-off days of 2022 and 2023.
 */
public final class BankHolidayData {

  /** The snapshot shipped with the application: GOV.UK's data for 2019 to 2027. */
  public static final String SHIPPED = "/uk/council/evidence/request/gov-uk-bank-holidays.json";

  private static final Map<Division, String> JOLLYDAY_REGIONS =
      Map.of(
          Division.ENGLAND_AND_WALES, "eng",
          Division.SCOTLAND, "sct",
          Division.NORTHERN_IRELAND, "nir");

  private BankHolidayData() {}

  /** GOV.UK's data shipped with the application. */
  public static List<BankHoliday> shipped() {
    try (InputStream in = BankHolidayData.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("The bank-holiday snapshot is missing: " + SHIPPED);
      }
      return published(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads GOV.UK's {@code bank-holidays.json}: for each division, its events' dates and titles.
   *
   * @throws InvalidInput if it is not that file: not JSON, a division missing, or an event without
   *     a date or a title
   */
  public static List<BankHoliday> published(InputStream json) {
    JsonObject root;
    try {
      root = Json.createReader(json).readObject();
    } catch (JsonException | ClassCastException e) {
      throw new InvalidInput("file", "This is not GOV.UK's bank-holidays.json: it is not JSON.");
    }
    List<BankHoliday> holidays = new ArrayList<>();
    for (Division division : Division.values()) {
      JsonObject part = root.getJsonObject(division.key());
      if (part == null || part.getJsonArray("events") == null) {
        throw new InvalidInput(
            "file",
            "This is not GOV.UK's bank-holidays.json: " + division.title() + " is missing.");
      }
      for (JsonValue value : part.getJsonArray("events")) {
        holidays.add(event(value, division));
      }
    }
    return holidays;
  }

  private static BankHoliday event(JsonValue value, Division division) {
    try {
      JsonObject event = value.asJsonObject();
      return new BankHoliday(
          LocalDate.parse(event.getString("date")),
          division,
          event.getString("title"),
          BankHoliday.Source.PUBLISHED);
    } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
      throw new InvalidInput(
          "file",
          "This is not GOV.UK's bank-holidays.json: an event in "
              + division.title()
              + " has no date or title ("
              + value
              + ").");
    }
  }

  /** Jollyday's UK bank holidays of one year, in every division, as actually taken. */
  public static List<BankHoliday> calculated(int year) {
    HolidayManager uk =
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    List<BankHoliday> holidays = new ArrayList<>();
    JOLLYDAY_REGIONS.forEach(
        (division, region) -> {
          for (Holiday h : uk.getHolidays(Year.of(year), region)) {
            holidays.add(
                new BankHoliday(
                    h.getObservedDate().orElse(h.getDate()),
                    division,
                    h.getDescription(java.util.Locale.UK),
                    BankHoliday.Source.CALCULATED));
          }
        });
    return holidays;
  }

  /** The calendar from the shipped snapshot, the rules, and the days an administrator added. */
  public static BankHolidays calendar(List<BankHoliday> published, List<BankHoliday> added) {
    return new BankHolidays(published, added, BankHolidayData::calculated);
  }
}
