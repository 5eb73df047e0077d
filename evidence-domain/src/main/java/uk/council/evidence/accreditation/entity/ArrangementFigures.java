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
 * @param documents the latest version of each governance document approved by the end of the
 *     period, by kind and title (the DPIA for principle 2, the privacy notice for 3, policies and
 *     procedures for 5)
 */
public record ArrangementFigures(
    List<AreaPurpose> purposes,
    List<String> areasWithoutPurpose,
    List<SharingAgreement> agreements,
    List<NoticeReview> noticeReviews,
    List<GovernanceDocument> documents) {

  public ArrangementFigures {
    purposes = List.copyOf(purposes);
    areasWithoutPurpose = List.copyOf(areasWithoutPurpose);
    agreements = List.copyOf(agreements);
    noticeReviews = List.copyOf(noticeReviews);
    documents = List.copyOf(documents);
  }

  /** The documents of these kinds, in order. */
  public List<GovernanceDocument> documentsOf(DocumentKind... kinds) {
    List<DocumentKind> wanted = List.of(kinds);
    return documents.stream().filter(d -> wanted.contains(d.getKind())).toList();
  }

  /** The data protection impact assessments (principle 2). */
  public List<GovernanceDocument> dpias() {
    return documentsOf(DocumentKind.DPIA);
  }

  /** The policies and procedures (principle 5). */
  public List<GovernanceDocument> rules() {
    return documentsOf(DocumentKind.POLICY, DocumentKind.PROCEDURE);
  }

  /** The privacy notices (principle 3). */
  public List<GovernanceDocument> privacyNotices() {
    return documentsOf(DocumentKind.PRIVACY_NOTICE);
  }

  /** How many of the period's reviews found changes were needed. */
  public long reviewsNeedingChanges() {
    return noticeReviews.stream()
        .filter(r -> r.getOutcome() == NoticeOutcome.CHANGES_NEEDED)
        .count();
  }
}
