package uk.council.evidence.reports.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.ReportSigning;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.SigningKeyException;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.Letter;
import uk.council.evidence.request.entity.LetterKind;
import uk.council.evidence.request.entity.RequestLetter;

/**
 * Produces a request's letters: the request boundary says what the letter says (and refuses one
 * with nothing to say, or on a request the caller may not handle), this lays it out and signs it,
 * and the boundary keeps it with the request, audited with its SHA-256.
 */
@ApplicationScoped
public class RequestLetters {

  @Inject ReportSigning signing;
  @Inject Requests requests;
  @Inject CurrentCaller callers;
  @Inject Clock clock;

  /**
   * @throws InvalidInput naming {@code letterKind} if there is nothing for such a letter to say, or
   *     letters cannot be signed now
   * @throws uk.council.evidence.request.entity.RequestNotVisible if the caller may not handle it
   */
  public RequestLetter produce(long requestId, LetterKind kind, String address) {
    Letter letter = requests.letter(requestId, kind);
    Instant now = clock.instant();
    SignedReport pdf;
    try {
      pdf =
          new RequestLetterPdf(signing.pdfs())
              .produce(letter, signing.councilName(), callers.username(), now);
    } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
      throw new InvalidInput(
          "letterKind",
          "Letters cannot be signed now: " + e.getMessage() + " Tell an administrator.");
    }
    return requests.keepLetter(requestId, kind, pdf.pdf(), address);
  }
}
