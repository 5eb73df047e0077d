package uk.council.evidence.accreditation.entity;

import java.util.List;

/**
 * One of the Code's twelve guiding principles, as this system summarises it, with the questions the
 * self-assessment asks about it.
 *
 * @param edition the edition of the Code, e.g. "2021" for the Code as amended in November 2021
 * @param number 1 to 12, as the Code numbers them
 */
public record Principle(
    String edition, int number, String title, String summary, List<String> questions) {

  public Principle {
    questions = List.copyOf(questions);
  }
}
