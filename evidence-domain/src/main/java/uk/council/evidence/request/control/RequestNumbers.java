package uk.council.evidence.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.council.evidence.request.entity.RequestKind;

/**
 * Issues request references, numbered from 1 in each kind and year ({@code SAR-2026-0042}). The
 * counter's row is updated in the caller's transaction, so a rolled-back request gives its number
 * back and two requests logged at once get different numbers.
 */
@ApplicationScoped
public class RequestNumbers {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /** The next reference for a request of this kind received in {@code year}. */
  public String next(RequestKind kind, int year) {
    Number last =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO request_number (kind, year, last_number) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (kind, year)"
                        + " DO UPDATE SET last_number = request_number.last_number + 1"
                        + " RETURNING last_number")
                .setParameter(1, kind.name())
                .setParameter(2, year)
                .getSingleResult();
    return kind.reference(year, last.longValue());
  }
}
