package uk.council.evidence.casework.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.council.evidence.casework.entity.DisclosureFile;

/** What a disclosure package holds, file by file, as recorded when it was built. */
@Dependent
public class PackageContents {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /** The package's files, in path order. */
  public List<DisclosureFile> files(long packageId) {
    return em.createQuery(
            "SELECT f FROM DisclosureFile f WHERE f.packageId = :p ORDER BY f.path",
            DisclosureFile.class)
        .setParameter("p", packageId)
        .getResultList();
  }
}
