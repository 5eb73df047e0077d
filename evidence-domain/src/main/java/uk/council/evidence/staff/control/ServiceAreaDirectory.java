package uk.council.evidence.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;

/** Finds the service area a form chose, for any component whose records belong to one. */
@Dependent
public class ServiceAreaDirectory {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /** The area with this code, e.g. {@code PARKING}. */
  public Optional<ServiceArea> byCode(String code) {
    return em.createQuery("SELECT a FROM ServiceArea a WHERE a.code = :c", ServiceArea.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /** The area with this id; null for none; a message for the form if there is no such area. */
  public ServiceArea chosen(Long id) {
    if (id == null) {
      return null;
    }
    ServiceArea area = em.find(ServiceArea.class, id);
    if (area == null) {
      throw new InvalidInput("serviceArea", "Choose a service area from the list.");
    }
    return area;
  }
}
