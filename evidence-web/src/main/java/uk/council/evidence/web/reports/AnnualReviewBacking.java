package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.council.evidence.reports.accreditation.AnnualReviews;

/** Downloads a year's self-assessment and annual review as a signed PDF. */
@Named("annualReview")
@RequestScoped
public class AnnualReviewBacking {

  static final String FORM = "review";

  @Inject AnnualReviews reviews;
  @Inject ReportDownloads downloads;

  public void download(String year) throws IOException {
    downloads.send(FORM, address -> reviews.produce(year, address));
  }
}
