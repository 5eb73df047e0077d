package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.access.entity.Standing;
import uk.council.evidence.casework.entity.EvidenceCase;

/** How a caller stands towards a case: their footage is in it, it is their service area's. */
@ApplicationScoped
public class CaseStandings {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  public Set<Standing> of(EvidenceCase c, Caller caller) {
    boolean ownFootageInIt =
        caller.staffId() != null
            && !em.createNativeQuery(
                    "SELECT 1 FROM exhibit e JOIN recording_owner r ON r.id = e.recording_id"
                        + " WHERE e.case_id = ?1 AND e.removed_at IS NULL AND r.wearer_id = ?2"
                        + " LIMIT 1")
                .setParameter(1, c.getId())
                .setParameter(2, caller.staffId())
                .getResultList()
                .isEmpty();
    return caller.standingTowardsCase(c.getServiceAreaId(), ownFootageInIt);
  }
}
