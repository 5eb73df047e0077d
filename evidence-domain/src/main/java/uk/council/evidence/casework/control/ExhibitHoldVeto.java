package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.retention.entity.HoldReleaseVeto;

/**
 * An exhibit's evidence hold is released by removing the exhibit or closing its case, never on its
 * own, so that no exhibit in an open case is left unheld.
 */
@ApplicationScoped
public class ExhibitHoldVeto implements HoldReleaseVeto {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Override
  public Optional<String> whyNotRelease(long holdId) {
    List<?> keeping =
        em.createNativeQuery(
                "SELECT c.reference || ' exhibit ' || e.initials || '/' || e.number"
                    + " FROM exhibit e JOIN evidence_case c ON c.id = e.case_id"
                    + " WHERE e.hold_id = ?1 AND e.removed_at IS NULL AND c.status <> 'CLOSED'")
            .setParameter(1, holdId)
            .getResultList();
    return keeping.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "This hold keeps "
                + keeping.get(0)
                + ": remove the exhibit from the case, or close the case, to release it.");
  }
}
