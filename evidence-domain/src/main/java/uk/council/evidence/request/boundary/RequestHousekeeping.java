package uk.council.evidence.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.request.control.HolidayCalendar;
import uk.council.evidence.request.entity.BankHolidays;
import uk.council.evidence.request.entity.FootageRequest;
import uk.council.evidence.request.entity.FoundRecording;
import uk.council.evidence.request.entity.RequestStatus;
import uk.council.evidence.retention.boundary.Holds;

/**
 * Every morning, releases the holds of closed requests whose review and complaint window has passed
 * ({@code evidence.requests.hold-after-closing-working-days}, 40 working days by default, the time
 * an FOI requester has to ask for an internal review): the footage then follows the retention rules
 * again, after their grace period. A request with a complaint not yet acknowledged keeps its holds.
 */
@Singleton
public class RequestHousekeeping {

  private static final Logger LOG = Logger.getLogger(RequestHousekeeping.class.getName());

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "evidence.requests.hold-after-closing-working-days", defaultValue = "40")
  int windowWorkingDays;

  @Inject Holds holds;
  @Inject HolidayCalendar calendar;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "41", persistent = false, info = "request holds")
  void releaseDaily() {
    int released = releaseHoldsPastWindow();
    if (released > 0) {
      LOG.info(() -> "Released " + Plural.of(released, "hold") + " of closed requests");
    }
  }

  /**
   * Releases the holds of every closed request whose window has passed.
   *
   * @return how many holds were released
   */
  @PermitAll
  public int releaseHoldsPastWindow() {
    BankHolidays holidays = calendar.current();
    LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
    List<FootageRequest> closed =
        em.createQuery(
                "SELECT DISTINCT r FROM FootageRequest r, FoundRecording f"
                    + " WHERE f.requestId = r.id AND f.holdId IS NOT NULL AND r.status = :closed"
                    + " AND NOT EXISTS (SELECT c FROM RequestComplaint c WHERE c.requestId = r.id"
                    + " AND c.acknowledgedOn IS NULL)",
                FootageRequest.class)
            .setParameter("closed", RequestStatus.CLOSED)
            .getResultList();
    int released = 0;
    for (FootageRequest request : closed) {
      LocalDate until = request.holdsKeptUntil(windowWorkingDays, holidays);
      if (until == null || !today.isAfter(until)) {
        continue;
      }
      String why = request.holdsReleasedBecause(until);
      int ofThis = 0;
      for (FoundRecording found : FoundRecording.held(em, request.getId())) {
        if (holds.lapseRequestHold(found.getHoldId(), why)) {
          ofThis++;
        }
        found.heldBy(null);
      }
      released += ofThis;
      audit.record(
          AuditEntry.of(
                  Holds.SYSTEM,
                  AuditAction.REQUEST_HOLDS_RELEASED,
                  "request",
                  request.getId(),
                  clock.instant())
              .withDetails(why + ": " + Plural.of(ofThis, "hold") + " released"));
    }
    return released;
  }
}
