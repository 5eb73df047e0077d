package uk.council.evidence.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.control.DirectoryClient.Standing;
import uk.council.evidence.staff.control.SessionLedger;
import uk.council.evidence.staff.control.StaffDirectory;
import uk.council.evidence.staff.entity.SessionEnd;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * A leaver loses access the day IT disables them, not when their session runs out: every few
 * minutes ({@code evidence.directory.check-every}, a quarter of an hour unless set) the directory
 * is asked about each directory account that has a session open, and the sessions of an account it
 * says is disabled, or no longer has, end (audited as the directory's doing). A directory that does
 * not answer ends nobody's session: it is asked again next time.
 */
@Singleton
@Startup
public class DirectoryWatch {

  private static final Logger LOG = Logger.getLogger(DirectoryWatch.class.getName());

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject StaffDirectory directory;
  @Inject SessionLedger sessions;
  @Inject Clock clock;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "evidence.directory.check-every", defaultValue = "PT15M")
  Duration every;

  @PostConstruct
  void schedule() {
    if (directory.configured()) {
      timers.createIntervalTimer(
          every.toMillis(), every.toMillis(), new TimerConfig("directory watch", false));
    }
  }

  @Timeout
  void check() {
    List<StaffMember> signedIn =
        em.createQuery(
                "SELECT DISTINCT m FROM StaffMember m, StaffSession s WHERE s.staffId = m.id"
                    + " AND s.endedAt IS NULL AND m.directoryDn IS NOT NULL",
                StaffMember.class)
            .getResultList();
    if (signedIn.isEmpty()) {
      return;
    }
    var standings =
        directory.standings(signedIn.stream().map(m -> m.getDirectoryDn().orElseThrow()).toList());
    if (standings.isEmpty()) {
      LOG.warning(
          "The directory could not be asked whether the "
              + signedIn.size()
              + " directory accounts signed in are still enabled; asked again in "
              + every);
      return;
    }
    Instant now = clock.instant();
    for (StaffMember member : signedIn) {
      Standing standing = standings.get().get(member.getDirectoryDn().orElseThrow());
      if (standing == Standing.DISABLED || standing == Standing.GONE) {
        sessions.endAllOf(
            member.getId(), member.getUsername(), SessionEnd.ACCOUNT_DISABLED, "directory", now);
      }
    }
  }
}
