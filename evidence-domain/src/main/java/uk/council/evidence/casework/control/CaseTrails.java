package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.TrailAccess;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.footage.entity.Recording;

/** Who may read a case's history: whoever the access policy lets read it for that case. */
@ApplicationScoped
public class CaseTrails implements TrailAccess {

  /** Events whose details name an exhibit's recording and say what it shows. */
  static final Set<String> EXHIBIT_EVENTS = Set.of("EXHIBIT_ADDED", "EXHIBIT_REMOVED");

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject CaseStandings standings;

  @Override
  public String targetType() {
    return "case";
  }

  @Override
  public boolean mayRead(String targetId) {
    Long id = TrailAccess.numericId(targetId);
    Caller caller = callers.get();
    return id != null
        && caller.mayOn(
            Action.READ_CASE_HISTORY,
            em.find(EvidenceCase.class, id),
            found -> standings.of(found, caller));
  }

  /** A case's history begins when it was opened. */
  @Override
  public Optional<Instant> since(String targetId) {
    Long id = TrailAccess.numericId(targetId);
    return Optional.ofNullable(id == null ? null : em.find(EvidenceCase.class, id))
        .map(EvidenceCase::getOpenedAt);
  }

  /**
   * Someone who sees a case but not all of its exhibits (a wearer, a supervisor with another area's
   * footage in their case) reads that an exhibit was added or removed, not which recording it is or
   * what it shows.
   */
  @Override
  public Predicate<AuditEvent> detailsReadable(String targetId) {
    Caller caller = callers.get();
    if (caller.mayAll(Action.SEE_FOOTAGE)) {
      return event -> true;
    }
    Set<String> hidden = new HashSet<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.initials, e.number, e.recordingId FROM Exhibit e WHERE e.caseId = :c",
                Object[].class)
            .setParameter("c", Long.valueOf(targetId))
            .getResultList()) {
      Recording recording = em.find(Recording.class, (Long) row[2]);
      if (recording == null || !caller.may(Action.SEE_FOOTAGE, recording.standingOf(caller))) {
        hidden.add(row[0] + "/" + row[1] + ":");
      }
    }
    return event ->
        !EXHIBIT_EVENTS.contains(event.getAction())
            || hidden.stream().noneMatch(event.getDetails()::startsWith);
  }
}
