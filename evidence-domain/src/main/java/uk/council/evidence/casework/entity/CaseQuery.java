package uk.council.evidence.casework.entity;

/**
 * A search of the case list; every filter is optional.
 *
 * @param status only cases in this state; null for every case not closed
 * @param type only cases of this type
 * @param areaId only cases of this service area
 * @param text part of a case reference, police crime reference or CPS URN, or a word of the
 *     location
 * @param page the page wanted, from 1
 */
public record CaseQuery(CaseStatus status, CaseType type, Long areaId, String text, int page) {

  /** Cases shown per page. */
  public static final int PAGE_SIZE = 25;

  public CaseQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    page = Math.max(1, page);
  }
}
