package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.audit.entity.TrailAccess;
import uk.council.evidence.casework.entity.EvidenceCase;

/** Who may read a case's history: whoever the access policy lets read it for that case. */
@ApplicationScoped
public class CaseTrails implements TrailAccess {

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
    Caller caller = callers.get();
    EvidenceCase found;
    try {
      found = em.find(EvidenceCase.class, Long.valueOf(targetId));
    } catch (NumberFormatException e) {
      return false;
    }
    return found == null
        ? caller.mayAll(Action.READ_CASE_HISTORY)
        : caller.may(Action.READ_CASE_HISTORY, standings.of(found, caller));
  }
}
