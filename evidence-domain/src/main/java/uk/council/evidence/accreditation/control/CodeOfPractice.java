package uk.council.evidence.accreditation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.accreditation.entity.Principle;

/** The Code's principles and questions, as the migrations hold them for each edition. */
@ApplicationScoped
public class CodeOfPractice {

  /** The edition reviews are written against: the Code as amended in November 2021. */
  public static final String CURRENT_EDITION = "2021";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  /** The twelve principles of an edition, in order, each with its questions in order. */
  public List<Principle> principles(String edition) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.number, p.title, p.summary, q.question FROM code_principle p"
                    + " LEFT JOIN code_question q"
                    + " ON q.edition = p.edition AND q.principle = p.number"
                    + " WHERE p.edition = ?1 ORDER BY p.number, q.number")
            .setParameter(1, edition)
            .getResultList();
    Map<Integer, Object[]> heads = new LinkedHashMap<>();
    Map<Integer, List<String>> questions = new LinkedHashMap<>();
    for (Object[] row : rows) {
      int number = ((Number) row[0]).intValue();
      heads.putIfAbsent(number, row);
      List<String> asked = questions.computeIfAbsent(number, n -> new ArrayList<>());
      if (row[3] != null) {
        asked.add((String) row[3]);
      }
    }
    List<Principle> principles = new ArrayList<>();
    heads.forEach(
        (number, row) ->
            principles.add(
                new Principle(
                    edition, number, (String) row[1], (String) row[2], questions.get(number))));
    return principles;
  }
}
