package uk.council.evidence.request.boundary;

import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.council.evidence.request.control.RequestSql;
import uk.council.evidence.request.entity.Outcome;
import uk.council.evidence.request.entity.RequestCount;
import uk.council.evidence.request.entity.RequestKind;

/**
 * How requests were handled over a period, for the compliance officer's review: counts only, in one
 * grouped statement, with no requester named.
 */
@Stateless
@RolesAllowed(COMPLIANCE_OFFICER)
public class RequestFigures {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /**
   * Per kind of request, the days {@code [from, to)}: received, answered, in time, late, refused.
   */
  public List<RequestCount> counts(LocalDate from, LocalDate to) {
    List<String> refusals =
        Arrays.stream(Outcome.values()).filter(Outcome::isRefusal).map(Outcome::name).toList();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(RequestSql.countsInPeriod(refusals))
            .setParameter(1, java.sql.Date.valueOf(from))
            .setParameter(2, java.sql.Date.valueOf(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RequestCount(
                    RequestKind.valueOf((String) r[0]),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()))
        .toList();
  }
}
