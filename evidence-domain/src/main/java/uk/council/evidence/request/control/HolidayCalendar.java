package uk.council.evidence.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.request.entity.AddedBankHoliday;
import uk.council.evidence.request.entity.BankHolidayFile;
import uk.council.evidence.request.entity.BankHolidays;

/**
 * The bank-holiday calendar the application counts on: the latest GOV.UK file an administrator
 * loaded (or the snapshot shipped), the rules after it, and the one-off days added. Built again
 * only when the loaded files or added days change, which one small query tells, so that a change
 * made on one server is counted on at once by every other.
 */
@ApplicationScoped
public class HolidayCalendar {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /**
   * The calendar as built, with its version: the same version, the same calendar.
   *
   * @param version which files and added days it was built from
   */
  public record Built(String version, BankHolidays calendar, Optional<BankHolidayFile> file) {}

  private volatile Built built;

  /** The calendar as it stands now, with its version. */
  public Built versioned() {
    return fresh();
  }

  /** The calendar as it stands now. */
  public BankHolidays current() {
    return fresh().calendar();
  }

  /** The GOV.UK file in use; empty while the shipped snapshot is. */
  public Optional<BankHolidayFile> loadedFile() {
    return fresh().file();
  }

  private Built fresh() {
    String version =
        String.valueOf(
            em.createNativeQuery(
                    "SELECT (SELECT coalesce(max(id), 0) FROM bank_holiday_file) || ':'"
                        + " || (SELECT coalesce(max(id), 0) FROM bank_holiday_added) || ':'"
                        + " || (SELECT count(*) FROM bank_holiday_added)")
                .getSingleResult());
    Built b = built;
    if (b == null || !b.version().equals(version)) {
      Optional<BankHolidayFile> file =
          em.createQuery(
                  "SELECT f FROM BankHolidayFile f ORDER BY f.id DESC", BankHolidayFile.class)
              .setMaxResults(1)
              .getResultStream()
              .findFirst();
      var published =
          file.map(
                  f ->
                      BankHolidayData.published(
                          new ByteArrayInputStream(f.getBody().getBytes(StandardCharsets.UTF_8))))
              .orElseGet(BankHolidayData::shipped);
      List<AddedBankHoliday> added =
          em.createQuery("SELECT a FROM AddedBankHoliday a", AddedBankHoliday.class)
              .getResultList();
      b =
          new Built(
              version,
              BankHolidayData.calendar(
                  published, added.stream().map(AddedBankHoliday::holiday).toList()),
              file);
      built = b;
    }
    return b;
  }
}
