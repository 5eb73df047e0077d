package uk.council.evidence.accreditation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * What keeping the accreditation registers shares, whichever register: only those who keep them may
 * read or add to them, and an entry is stored once, never changed, and audited as it is.
 */
@ApplicationScoped
public class RegisterBook {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Who is adding an entry, and when; refused unless they keep the registers. */
  public record Keeper(String username, Instant now, LocalDate today) {}

  /** The caller, about to add an entry. */
  public Keeper keeper() {
    callers.require(Action.KEEP_REGISTERS);
    Instant now = clock.instant();
    return new Keeper(callers.username(), now, LocalDate.ofInstant(now, CouncilTime.ZONE));
  }

  /** The entries a JPQL query finds, in its order, for someone who keeps the registers. */
  public <T> List<T> entries(String jpql, Class<T> type) {
    callers.require(Action.KEEP_REGISTERS);
    return em.createQuery(jpql, type).getResultList();
  }

  /**
   * Whether a JPQL query finds anything: an entry already recorded.
   *
   * @param namesAndValues its parameters, each name followed by its value
   */
  public boolean any(String jpql, Object... namesAndValues) {
    TypedQuery<Object> query = em.createQuery(jpql, Object.class).setMaxResults(1);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return !query.getResultList().isEmpty();
  }

  /**
   * Stores a new entry and audits its recording, in the caller's transaction.
   *
   * @param type and {@code id}: what the audit event is about
   * @param details what the audit event says of the entry
   */
  public <T> T record(
      T entry,
      AuditAction action,
      String type,
      Function<T, Long> id,
      Function<T, String> details,
      String address) {
    em.persist(entry);
    em.flush();
    audited(action, type, id.apply(entry), details.apply(entry), address);
    return entry;
  }

  /** Audits something done to the registers by the caller. */
  public void audited(AuditAction action, String type, Long id, String details, String address) {
    audit.record(
        AuditEntry.of(callers.username(), action, type, id, clock.instant())
            .withDetails(details)
            .from(address));
  }
}
