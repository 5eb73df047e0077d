package uk.council.evidence.accreditation.entity;

import java.util.List;

/**
 * What the registers of arrangements say about a review year.
 *
 * @param purposes each service area's purpose as it stood at the end of the period, by area
 *     (principle 1)
 * @param areasWithoutPurpose service areas that recorded footage in the period with no purpose
 *     approved by its end (principle 1)
 * @param agreements the data-sharing agreements in force on any day of the period (principle 7)
 * @param noticeReviews the reviews of signs, badges, the privacy notice and announcements made in
 *     the period, the latest first (principle 3)
 */
public record ArrangementFigures(
    List<AreaPurpose> purposes,
    List<String> areasWithoutPurpose,
    List<SharingAgreement> agreements,
    List<NoticeReview> noticeReviews) {

  public ArrangementFigures {
    purposes = List.copyOf(purposes);
    areasWithoutPurpose = List.copyOf(areasWithoutPurpose);
    agreements = List.copyOf(agreements);
    noticeReviews = List.copyOf(noticeReviews);
  }

  /** How many of the period's reviews found changes were needed. */
  public long reviewsNeedingChanges() {
    return noticeReviews.stream()
        .filter(r -> r.getOutcome() == NoticeOutcome.CHANGES_NEEDED)
        .count();
  }
}
