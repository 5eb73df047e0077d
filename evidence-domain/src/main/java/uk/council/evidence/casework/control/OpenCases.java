package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.casework.entity.EvidenceCase;

/** A case that clips and packages may still be made from: it exists and is not closed. */
@ApplicationScoped
public class OpenCases {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /**
   * @throws CaseNotVisible if there is no such case
   * @throws uk.council.evidence.platform.entity.InvalidInput if it is closed
   */
  public EvidenceCase open(long caseId) {
    return refusedIfClosed(caseId, em.find(EvidenceCase.class, caseId));
  }

  /**
   * The case, locked until the transaction ends, so that it cannot close while a clip or a package
   * is recorded against it.
   */
  public EvidenceCase locked(long caseId) {
    return refusedIfClosed(
        caseId, em.find(EvidenceCase.class, caseId, LockModeType.PESSIMISTIC_WRITE));
  }

  private static EvidenceCase refusedIfClosed(long caseId, EvidenceCase found) {
    if (found == null) {
      throw new CaseNotVisible(caseId);
    }
    found.refuseIfClosed();
    return found;
  }
}
