package uk.council.evidence.request.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.control.BankHolidayData;
import uk.council.evidence.request.control.HolidayCalendar;
import uk.council.evidence.request.entity.AddedBankHoliday;
import uk.council.evidence.request.entity.BankHoliday;
import uk.council.evidence.request.entity.BankHolidayFile;
import uk.council.evidence.request.entity.BankHolidays;
import uk.council.evidence.request.entity.Division;

/**
 * The administrator keeps the bank-holiday calendar current: loads a newer copy of GOV.UK's file,
 * and adds a one-off bank holiday announced after it. Every change is audited.
 */
@Stateless
@RolesAllowed(ADMIN)
public class BankHolidayAdministration {

  /** The largest file taken: GOV.UK's is about 20 KB. */
  public static final int LARGEST_FILE = 1024 * 1024;

  /**
   * Where the calendar stands: how far the published data runs, from which file, what was added.
   */
  public record Status(
      int publishedTo, Optional<BankHolidayFile> loaded, List<AddedBankHoliday> added) {}

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject HolidayCalendar calendar;

  public Status status() {
    BankHolidays current = calendar.current();
    return new Status(
        current.publishedTo(),
        calendar.loadedFile(),
        em.createQuery(
                "SELECT a FROM AddedBankHoliday a ORDER BY a.day, a.division",
                AddedBankHoliday.class)
            .getResultList());
  }

  /**
   * Adds a one-off bank holiday.
   *
   * @throws InvalidInput with every problem, or if the day is a bank holiday there already
   */
  public AddedBankHoliday add(LocalDate day, Division division, String title) {
    Instant now = clock.instant();
    var holiday = new AddedBankHoliday(day, division, title, callers.username(), now);
    Optional<BankHoliday> already =
        calendar.current().on(day).stream().filter(h -> h.division() == division).findFirst();
    if (already.isPresent()) {
      throw new InvalidInput(
          "day",
          already.get().title()
              + " is a bank holiday in "
              + division.title()
              + " on that day already.");
    }
    em.persist(holiday);
    em.flush();
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.BANK_HOLIDAY_ADDED,
                "bank-holiday",
                holiday.getId(),
                now)
            .withDetails(describe(holiday)));
    return holiday;
  }

  /** Takes back a one-off bank holiday added by mistake. */
  public void remove(long id) {
    AddedBankHoliday holiday = em.find(AddedBankHoliday.class, id);
    if (holiday == null) {
      throw new InvalidInput("That bank holiday has been removed already.");
    }
    em.remove(holiday);
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.BANK_HOLIDAY_REMOVED,
                "bank-holiday",
                id,
                clock.instant())
            .withDetails(describe(holiday)));
  }

  /**
   * Loads a copy of GOV.UK's bank-holidays.json, which from now on replaces the one in use.
   *
   * @return the last year it covers
   * @throws InvalidInput if it is empty, too large, not GOV.UK's file, or runs less far than the
   *     data in use or not to the end of this year
   */
  public int load(byte[] file) {
    if (file == null || file.length == 0) {
      throw new InvalidInput("file", "Choose GOV.UK's bank-holidays.json file to load.");
    }
    if (file.length > LARGEST_FILE) {
      throw new InvalidInput(
          "file", "That file is larger than GOV.UK's bank-holiday data ever is (1 MB).");
    }
    List<BankHoliday> published = BankHolidayData.published(new ByteArrayInputStream(file));
    int runsTo = published.stream().mapToInt(h -> h.date().getYear()).max().orElse(0);
    int thisYear = LocalDate.now(clock.withZone(CouncilTime.ZONE)).getYear();
    int inUse = calendar.current().publishedTo();
    if (runsTo < thisYear || runsTo < inUse) {
      throw new InvalidInput(
          "file",
          "That file runs to "
              + runsTo
              + "; the data in use runs to "
              + inUse
              + ". Load GOV.UK's latest file.");
    }
    Instant now = clock.instant();
    String sha256 = sha256(file);
    var loaded =
        new BankHolidayFile(
            sha256, runsTo, new String(file, StandardCharsets.UTF_8), callers.username(), now);
    em.persist(loaded);
    em.flush();
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.BANK_HOLIDAYS_LOADED,
                "bank-holiday-file",
                loaded.getId(),
                now)
            .withDetails("GOV.UK bank holidays to the end of " + runsTo + ", SHA-256 " + sha256));
    return runsTo;
  }

  private static String describe(AddedBankHoliday h) {
    return h.getTitle() + ", " + h.getDay() + ", " + h.getDivision().title();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
