package uk.council.evidence.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.casework.entity.RedactedCopy;
import uk.council.evidence.casework.entity.RequestFootage;
import uk.council.evidence.casework.entity.RequestSource;
import uk.council.evidence.request.entity.FootageRequest;
import uk.council.evidence.request.entity.FoundRecording;
import uk.council.evidence.request.entity.Outcome;
import uk.council.evidence.request.entity.Redaction;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.request.entity.Verdict;

/**
 * What casework asks about a request whose footage is to be disclosed. A request's footage may be
 * disclosed while it is open (the package is built before the reply is recorded) or once it was
 * answered with footage (a copy, a viewing, or a third party's disclosure); only the recordings
 * marked as showing what was asked for go in its package, and only to someone who may handle it.
 */
@ApplicationScoped
public class RequestDisclosure implements RequestFootage {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;

  @Override
  public Optional<RequestSource> disclosable(long requestId) {
    FootageRequest request = em.find(FootageRequest.class, requestId);
    if (request == null || !request.mayBeHandledBy(callers.get())) {
      return Optional.empty();
    }
    Outcome outcome = request.getOutcome();
    boolean answerable = !request.isClosed() || outcome != null && outcome.showsFootage();
    return answerable
        ? Optional.of(
            new RequestSource(requestId, request.getReference(), request.getKind().title()))
        : Optional.empty();
  }

  @Override
  public boolean foundFor(long requestId, long recordingId) {
    FoundRecording found =
        em.find(FoundRecording.class, new FoundRecording.Key(requestId, recordingId));
    return found != null && found.getVerdict() == Verdict.MATCHING;
  }

  @Override
  public boolean mayHandle(long requestId) {
    FootageRequest request = em.find(FootageRequest.class, requestId);
    return request != null && request.mayBeHandledBy(callers.get());
  }

  @Override
  public boolean needsRedaction(long requestId) {
    FootageRequest request = em.find(FootageRequest.class, requestId);
    return request != null && request.getKind() == RequestKind.SUBJECT_ACCESS;
  }

  @Override
  public Optional<RedactedCopy> redactedCopy(long requestId, long recordingId) {
    return redaction(requestId, recordingId)
        .filter(Redaction::isReadyToDisclose)
        .map(
            r ->
                new RedactedCopy(
                    r.copySha256().orElseThrow(),
                    r.copySizeBytes().orElseThrow(),
                    r.getCopyMadeBy(),
                    r.copyMadeAt().orElseThrow(),
                    r.getCopyCheckedBy(),
                    r.hides()));
  }

  @Override
  public Optional<String> unredactedBecause(long requestId, long recordingId) {
    return redaction(requestId, recordingId).flatMap(Redaction::originalReason);
  }

  private Optional<Redaction> redaction(long requestId, long recordingId) {
    return redaction(em, requestId, recordingId);
  }

  /** A recording's redaction for a request, if one was started. */
  public static Optional<Redaction> redaction(EntityManager em, long requestId, long recordingId) {
    return em.createQuery(
            "SELECT r FROM Redaction r WHERE r.requestId = :q AND r.recordingId = :r",
            Redaction.class)
        .setParameter("q", requestId)
        .setParameter("r", recordingId)
        .getResultStream()
        .findFirst();
  }
}
