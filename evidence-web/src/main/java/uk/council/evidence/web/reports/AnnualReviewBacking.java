package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.council.evidence.accreditation.entity.SignOff;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.accreditation.AnnualReviews;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * A year's self-assessment and annual review as a signed PDF: downloaded (the draft as it stands,
 * or the document as it was signed off), or signed off in the responsible officer's name.
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
    long job;
    try {
      job = reviews.startDraft(year);
    } catch (InvalidInput e) {
      messages.reject(FORM, e);
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(
        ext.getRequestContextPath()
            + "/compliance/self-assessment.xhtml?year="
            + year.strip()
            + "&job="
            + job
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

  /** Signs the year's review off; the page then shows it signed off. */
  public void signOff(String year) throws IOException {
    SignOff done;
    try {
      done = reviews.signOff(year, officer, ClientAddress.of(faces));
    } catch (InvalidInput e) {
      messages.reject("signOff", e);
      return;
    }
    messages.notice(
        "The review of "
            + done.year()
            + " is signed off for "
            + done.responsibleOfficer()
            + ". Downloading it now gives the document as it was signed.");
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(
        ext.getRequestContextPath() + "/compliance/self-assessment.xhtml?year=" + done.year());
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }
}
