package uk.council.evidence.footage.boundary;

import static uk.council.evidence.platform.control.SqlValues.utc;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.control.SpanTable;

/**
 * Counts of the footage held, for the compliance officer's review: no recording is read or shown,
 * only how many there are, computed in SQL.
 */
@Stateless
@RolesAllowed(COMPLIANCE_OFFICER)
public class FootageFigures {

  /** What a recording with no service area is counted under. */
  public static final String NO_AREA = "No service area";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /**
   * The recordings still held that were recorded in {@code [from, to)}, by the service area each
   * belongs to, largest first. Those already deleted are counted by retention's deletion records.
   */
  public Map<String, Long> heldByArea(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT coalesce(a.name, ?3), count(*) FROM recording r"
                    + " LEFT JOIN area_name a ON a.id = r.service_area_id"
                    + " WHERE r.recorded_start >= ?1 AND r.recorded_start < ?2"
                    + " GROUP BY 1 ORDER BY 2 DESC, 1")
            .setParameter(1, utc(from))
            .setParameter(2, utc(to))
            .setParameter(3, NO_AREA)
            .getResultList();
    Map<String, Long> byArea = new LinkedHashMap<>();
    rows.forEach(r -> byArea.put((String) r[0], ((Number) r[1]).longValue()));
    return byArea;
  }

  /** The wearers of the recordings still held that were recorded in {@code [from, to)}. */
  public List<Long> wearersHeld(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "SELECT DISTINCT wearer_id FROM recording WHERE wearer_id IS NOT NULL"
                    + " AND recorded_start >= ?1 AND recorded_start < ?2")
            .setParameter(1, utc(from))
            .setParameter(2, utc(to))
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /**
   * How many recordings still held each wearer made within their spans (a span's key is the
   * wearer's id), in one query: wearers with none are left out.
   */
  public Map<Long, Long> heldWithin(List<SpanTable.Span> spans) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    if (spans.isEmpty()) {
      return counts;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.k, count(r.id) FROM "
                    + SpanTable.FROM
                    + " JOIN recording r ON r.wearer_id = s.k AND r.recorded_start >= s.f"
                    + " AND r.recorded_start < s.u GROUP BY s.k ORDER BY 2 DESC, 1")
            .setParameter(1, SpanTable.json(spans))
            .getResultList();
    rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return counts;
  }
}
