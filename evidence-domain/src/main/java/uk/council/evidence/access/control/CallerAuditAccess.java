package uk.council.evidence.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.entity.AuditAccess;

/** The audit log's question, answered by the access policy for the current caller. */
@ApplicationScoped
public class CallerAuditAccess implements AuditAccess {

  @Inject CurrentCaller callers;

  @Override
  public String actor() {
    return callers.username();
  }

  @Override
  public boolean mayReadWholeLog() {
    return callers.get().mayAll(Action.READ_AUDIT_LOG);
  }
}
