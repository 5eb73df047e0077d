package uk.council.evidence.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.entity.TrailAccess;
import uk.council.evidence.request.entity.FootageRequest;

/** Who may read a request's history: whoever may handle the request. */
@ApplicationScoped
public class RequestTrails implements TrailAccess {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;

  @Override
  public String targetType() {
    return "request";
  }

  @Override
  public boolean mayRead(String targetId) {
    Long id = TrailAccess.numericId(targetId);
    FootageRequest found = id == null ? null : em.find(FootageRequest.class, id);
    return found != null && found.mayBeHandledBy(callers.get());
  }

  /** A request's history begins when it was logged. */
  @Override
  public Optional<Instant> since(String targetId) {
    Long id = TrailAccess.numericId(targetId);
    return Optional.ofNullable(id == null ? null : em.find(FootageRequest.class, id))
        .map(FootageRequest::getLoggedAt);
  }
}
