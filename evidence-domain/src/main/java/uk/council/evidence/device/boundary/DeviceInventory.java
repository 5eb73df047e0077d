package uk.council.evidence.device.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.council.evidence.device.entity.CameraCount;
import uk.council.evidence.device.entity.CameraRow;
import uk.council.evidence.device.entity.CameraStatus;
import uk.council.evidence.device.entity.DockCount;
import uk.council.evidence.platform.control.SqlValues;

/**
 * The council's cameras and docks as counts, for the compliance officer's review: grouped in SQL,
 * no wearer named.
 */
@Stateless
@RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
public class DeviceInventory {

  /** What a camera with no service area is counted under. */
  public static final String NO_AREA = "No service area";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /** The cameras by make, model, state and service area, in that order. */
  public List<CameraCount> cameras() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.make, c.model, c.status, coalesce(a.name, ?1), count(*) FROM camera c"
                    + " LEFT JOIN area_name a ON a.id = c.service_area_id"
                    + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
            .setParameter(1, NO_AREA)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CameraCount(
                    (String) r[0],
                    (String) r[1],
                    CameraStatus.valueOf((String) r[2]),
                    (String) r[3],
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /** Every camera, by serial: the inventory, read in one query. */
  public List<CameraRow> list() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.serial, c.make, c.model, c.asset_tag, c.status, a.name, c.created_at,"
                    + " EXISTS (SELECT 1 FROM camera_assignment s WHERE s.camera_id = c.id"
                    + " AND s.checked_in_at IS NULL)"
                    + " FROM camera c LEFT JOIN area_name a ON a.id = c.service_area_id"
                    + " ORDER BY c.serial")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CameraRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    CameraStatus.valueOf((String) r[4]),
                    (String) r[5],
                    SqlValues.instant(r[6]),
                    (Boolean) r[7]))
        .toList();
  }

  /** How many docks may upload, and how many were revoked. */
  public DockCount docks() {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE revoked_at IS NULL),"
                        + " count(*) FILTER (WHERE revoked_at IS NOT NULL) FROM dock")
                .getSingleResult();
    return new DockCount(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
  }
}
