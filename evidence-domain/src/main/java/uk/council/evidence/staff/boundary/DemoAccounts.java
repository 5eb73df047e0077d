package uk.council.evidence.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.control.Enrolment;
import uk.council.evidence.staff.control.Passwords;
import uk.council.evidence.staff.control.ServiceAreaDirectory;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Service areas and one account per role, for a newcomer's first look and for the tests. Only when
 * {@code evidence.demo.enabled} is true (the run and test commands set it); never in production.
 * Creates what is missing and leaves existing accounts alone, so a restart does not undo what
 * someone changed.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  /** The demo accounts: username, name, service area code, role. */
  public static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("camera.user", "Sam Patel", "PARKING", Role.CAMERA_USER),
          new DemoAccount("parking.warden", "Dan Hughes", "PARKING", Role.CAMERA_USER),
          new DemoAccount("enforcement.officer", "Ella Brooks", "ENVIRONMENT", Role.CAMERA_USER),
          new DemoAccount("supervisor", "Jo Williams", "PARKING", Role.SUPERVISOR),
          new DemoAccount("evidence.officer", "Alex Morgan", null, Role.EVIDENCE_OFFICER),
          new DemoAccount("dpo", "Priya Shah", null, Role.DPO),
          new DemoAccount("compliance", "Chris Evans", null, Role.COMPLIANCE_OFFICER),
          new DemoAccount("admin", "Morgan Lee", null, Role.ADMIN));

  private static final List<ServiceArea> AREAS =
      List.of(
          new ServiceArea("PARKING", "Parking Services"),
          new ServiceArea("ENVIRONMENT", "Environmental Enforcement"),
          new ServiceArea("COMMUNITY", "Community Safety"));

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject ServiceAreaDirectory areas;
  @Inject Enrolment enrolment;
  @Inject Passwords passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidence.demo.enabled", defaultValue = "false")
  boolean enabled;

  // Optional: MicroProfile Config treats an empty value as missing, and production sets none.
  @Inject
  @ConfigProperty(name = "evidence.demo.password")
  Optional<String> password;

  @PostConstruct
  void create() {
    if (!enabled) {
      return;
    }
    String demoPassword = password.orElse("");
    if (demoPassword.length() < 12) {
      throw new IllegalStateException(
          "evidence.demo.enabled is true but evidence.demo.password is not set to at least 12"
              + " characters");
    }
    Instant now = clock.instant();
    for (ServiceArea area : AREAS) {
      if (areas.byCode(area.getCode()).isEmpty()) {
        em.persist(new ServiceArea(area.getCode(), area.getName()));
      }
    }
    em.flush();
    String hash = null;
    for (DemoAccount a : ACCOUNTS) {
      if (enrolment.taken(a.username())) {
        continue;
      }
      if (hash == null) {
        hash = passwords.hash(demoPassword);
      }
      ServiceArea area =
          a.serviceArea() == null ? null : areas.byCode(a.serviceArea()).orElse(null);
      StaffMember m =
          new StaffMember(a.username(), a.name(), null, area, Set.of(a.role()), hash, now);
      enrolment.enrol(m, "system", "demo account " + a.username() + " (" + a.role() + ")", now);
      LOG.info(() -> "Created demo account " + a.username());
    }
  }

  /** A demo service area by its code, for other components' demo data. */
  public ServiceArea area(String code) {
    return areas.byCode(code).orElseThrow(() -> new IllegalStateException("No demo area " + code));
  }

  /** Whether this installation has the demo: these accounts, and what other components add. */
  public boolean enabled() {
    return enabled;
  }

  /** One demo account. */
  public record DemoAccount(String username, String name, String serviceArea, Role role) {}
}
