package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.function.LongSupplier;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.accreditation.AnnualReviews;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * A year's self-assessment and annual review as a signed PDF: made in the background as a draft or
 * signed off in the responsible officer's name, and downloaded (the draft a job made, or the
 * document as it was signed off).
 */
@Named("annualReview")
@RequestScoped
public class AnnualReviewBacking {

  static final String FORM = "review";

  @Inject AnnualReviews reviews;
  @Inject ReportDownloads downloads;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private String officer;

  public void download(String year) throws IOException {
    downloads.send(FORM, address -> reviews.produce(year, address));
  }

  /** Starts making the year's draft in the background; the page then follows its progress. */
  public void make(String year) throws IOException {
    start(FORM, year, () -> reviews.startDraft(year));
  }

  /**
   * Starts signing the year's review off in the background; the page then follows its progress and
   * shows the year signed off when it is done. A form without the officer named is refused at once,
   * keeping what was typed.
   */
  public void signOff(String year) throws IOException {
    start("signOff", year, () -> reviews.startSignOff(year, officer, ClientAddress.of(faces)));
  }

  /**
   * Starts a background job, then shows the year's page following it; a refusal stays on the form.
   */
  private void start(String form, String year, LongSupplier job) throws IOException {
    long started;
    try {
      started = job.getAsLong();
    } catch (InvalidInput e) {
      messages.reject(form, e);
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(
        ext.getRequestContextPath()
            + "/compliance/self-assessment.xhtml?year="
            + year.strip()
            + "&job="
            + started
            + "#job");
  }

  /** Downloads the PDF a background job made. */
  public void downloadMade(long job) throws IOException {
    downloads.send(FORM, address -> reviews.jobPdf(job, address));
  }

  /** The public version, as a signed PDF or as a web page. */
  public void downloadPublic(String year, boolean asWebPage) throws IOException {
    downloads.sendFile(FORM, address -> reviews.producePublic(year, asWebPage, address));
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }
}
