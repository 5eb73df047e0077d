package uk.council.evidence.reports.accreditation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.accreditation.boundary.ReviewJobs;
import uk.council.evidence.accreditation.boundary.SelfAssessment;
import uk.council.evidence.accreditation.entity.AccessFigures;
import uk.council.evidence.accreditation.entity.GovernanceDocument;
import uk.council.evidence.accreditation.entity.PrincipleReview;
import uk.council.evidence.accreditation.entity.PrincipleStatement;
import uk.council.evidence.accreditation.entity.ReviewAction;
import uk.council.evidence.accreditation.entity.ReviewChart;
import uk.council.evidence.accreditation.entity.ReviewFigures;
import uk.council.evidence.accreditation.entity.ReviewJob;
import uk.council.evidence.accreditation.entity.SignOff;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.entity.CameraStatus;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.reports.ReportFile;
import uk.council.evidence.reports.ReportSigning;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.SigningKeyException;
import uk.council.evidence.retention.boundary.RetentionPolicy;
import uk.council.evidence.retention.entity.HoldKind;
import uk.council.evidence.retention.entity.RetentionCategory;

/**
 * Produces the year's self-assessment and annual review as a signed PDF, the same for whoever asks:
 * the self-assessment boundary gives the statements, actions and figures (and refuses anyone who
 * may not write the self-assessment), this words the figures and lays it all out, and the download
 * is audited as {@code REPORT_DOWNLOADED} with the file's SHA-256.
 */
@ApplicationScoped
public class AnnualReviews {

  @Inject ReportSigning signing;
  @Inject SelfAssessment assessment;
  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject RetentionPolicy retention;
  @Inject ReviewJobs jobs;

  @Resource ManagedExecutorService executor;

  private static final Logger LOG = Logger.getLogger(AnnualReviews.class.getName());
  @Inject Clock clock;

  /**
   * The year's review: as it was signed off if it was (the same document every time), otherwise a
   * draft made now.
   *
   * @throws InvalidInput if the year is not one there can be a review of, or reports cannot be
   *     signed now
   */
  public SignedReport produce(String year, String address) {
    Optional<SignOff> signOff = assessment.signOff(year);
    SignedReport report;
    if (signOff.isPresent()) {
      SignOff s = signOff.get();
      report = new SignedReport(s.fileName(), assessment.signedPdf(year).orElseThrow(), s.sha256());
    } else {
      report = make(year, null);
    }
    audit(report, signOff.map(s -> "as signed off; ").orElse("draft; "), year, address);
    return report;
  }

  /** The steps of a draft made in the background, in order. */
  static final List<String> STEPS =
      List.of(
          "Counting the year's figures",
          "Verifying the audit log's hash chain",
          "Writing the sections and drawing the charts",
          "Signing the PDF");

  /**
   * The steps of a sign-off in the background: a draft's, then the public version and the record.
   */
  static final List<String> SIGN_OFF_STEPS =
      List.of(
          STEPS.get(0),
          STEPS.get(1),
          STEPS.get(2),
          STEPS.get(3),
          "Making and signing the public version",
          "Recording the sign-off");

  /**
   * Starts making the year's draft review in the background, for the caller: the request returns at
   * once with the job, whose page follows its progress; the signed PDF is kept with the job when
   * done. Figures, sections and signing run in a managed thread that carries the caller's identity,
   * so every boundary asks the access policy as it would on the page.
   *
   * @return the job's id
   * @throws InvalidInput if the year is not one there can be a review of, or it is signed off (its
   *     review is downloaded as it was signed)
   */
  public long startDraft(String year) {
    refuseIfSignedOff(year);
    return inBackground(year, ReviewJob.Kind.DRAFT, null, null);
  }

  /**
   * Starts signing off the year's review in the name of its responsible officer, in the background
   * as a draft is made: the figures counted once and frozen, the review and its public version made
   * and signed, and all of it kept in one transaction at the last step, so that from then on
   * downloading either gives that document. A job stopped part-way (the server restarted) has kept
   * nothing, and the year is still a draft.
   *
   * @return the job's id
   * @throws InvalidInput if no officer is named, the year is not one there can be a review of, or
   *     it is already signed off
   */
  public long startSignOff(String year, String officer, String address) {
    String named = SelfAssessment.responsibleOfficer(officer);
    refuseIfSignedOff(year);
    return inBackground(year, ReviewJob.Kind.SIGN_OFF, named, address);
  }

  private void refuseIfSignedOff(String year) {
    if (assessment.signOff(year).isPresent()) {
      throw new InvalidInput(
          "The review of " + year.strip() + " is signed off: download it as it was signed.");
    }
  }

  private long inBackground(String year, ReviewJob.Kind kind, String officer, String address) {
    List<String> steps = kind == ReviewJob.Kind.SIGN_OFF ? SIGN_OFF_STEPS : STEPS;
    long job = jobs.start(year, kind, steps.size(), "Waiting to start");
    // The caller's identity goes with the managed thread (every boundary sees it), but the
    // request's scope does not: what is needed of it is read now.
    String producedBy = callers.username();
    try {
      executor.execute(() -> makeInBackground(job, year, steps, officer, producedBy, address));
    } catch (RejectedExecutionException e) {
      jobs.fail(job, "The server is too busy to start it now. Try again in a minute.");
    }
    return job;
  }

  /**
   * Makes the draft, or signs the year off when an officer is named, moving the job on at each
   * step. The figures are counted once, for both versions of a sign-off.
   */
  private void makeInBackground(
      long job,
      String year,
      List<String> steps,
      String officer,
      String producedBy,
      String address) {
    try {
      jobs.advance(job, 1, steps.get(0));
      ReviewFigures figures = assessment.figures(year, false);
      jobs.advance(job, 2, steps.get(1));
      figures = figures.withChain(audit.verify());
      jobs.advance(job, 3, steps.get(2));
      AnnualReviewPdf.Review review = review(year, officer, false, figures);
      jobs.advance(job, 4, steps.get(3));
      SignedReport report = pdf(review, producedBy);
      if (officer != null) {
        jobs.advance(job, 5, steps.get(4));
        AnnualReviewPdf.Review publicReview = review(year, officer, true, figures);
        SignedReport publicPdf = pdf(publicReview, producedBy);
        String publicHtml =
            PublicReviewHtml.render(publicReview, signing.councilName(), clock.instant());
        jobs.advance(job, 6, steps.get(5));
        assessment.recordSignOff(
            year,
            officer,
            report.fileName(),
            report.sha256(),
            report.pdf(),
            new SelfAssessment.PublicVersion(publicPdf.pdf(), publicHtml),
            address);
      }
      jobs.finish(job, report.fileName(), report.sha256(), report.pdf());
    } catch (InvalidInput e) {
      jobs.fail(job, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "The review of " + year + " (job " + job + ") failed");
      jobs.fail(job, "It could not be made: " + e.getClass().getSimpleName() + ". Try again.");
    }
  }

  /** Where one of the caller's jobs stands. */
  public Optional<ReviewJob> job(long id) {
    return jobs.job(id);
  }

  /** The caller's latest job for a year, if any. */
  public Optional<ReviewJob> latestJob(int year) {
    return jobs.latest(year);
  }

  /**
   * The PDF a job made, audited as a download of the review with its SHA-256.
   *
   * @throws InvalidInput if the job is not the caller's or not done
   */
  public SignedReport jobPdf(long id, String address) {
    ReviewJob job =
        jobs.job(id)
            .filter(j -> j.status() == ReviewJob.Status.DONE)
            .orElseThrow(() -> new InvalidInput("That review is not ready: make it again."));
    SignedReport report = SignedReport.of(job.fileName(), jobs.pdf(id).orElseThrow());
    audit(report, "draft made in the background; ", String.valueOf(job.year()), address);
    return report;
  }

  /**
   * The public version of the year's review, for the council's website: as a signed PDF, or as a
   * web page. As kept when the year was signed off, or made now for a draft. The download is
   * audited with the file's SHA-256.
   *
   * @param asWebPage the web page rather than the PDF
   * @throws InvalidInput if the year is not one there can be a review of, or reports cannot be
   *     signed now
   */
  public ReportFile producePublic(String year, boolean asWebPage, String address) {
    var kept = assessment.signedPublicVersion(year);
    AnnualReviewPdf.Review review =
        kept.isPresent()
            ? null
            : review(
                year, assessment.signOff(year).map(SignOff::responsibleOfficer).orElse(null), true);
    int reviewed = review == null ? Integer.parseInt(year.strip()) : review.year();
    String stem = "surveillance-camera-code-review-" + reviewed + "-public";
    ReportFile file;
    if (asWebPage) {
      String html =
          kept.map(SelfAssessment.PublicVersion::html)
              .orElseGet(
                  () -> PublicReviewHtml.render(review, signing.councilName(), clock.instant()));
      file = ReportFile.text(stem + ".html", "text/html", html);
    } else {
      file =
          kept.map(k -> ReportFile.of(SignedReport.of(stem + ".pdf", k.pdf())))
              .orElseGet(() -> ReportFile.of(pdf(review)));
    }
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REPORT_DOWNLOADED,
                "report",
                AnnualReviewPdf.KIND + "-public",
                clock.instant())
            .withDetails(
                "year "
                    + reviewed
                    + "; public version"
                    + (kept.isPresent() ? " as signed off; " : " (draft); ")
                    + file.fileName()
                    + "; sha256 "
                    + file.sha256())
            .from(address));
    return file;
  }

  private SignedReport make(String year, String signedOffBy) {
    return pdf(review(year, signedOffBy, false));
  }

  private SignedReport pdf(AnnualReviewPdf.Review review) {
    return pdf(review, callers.username());
  }

  private SignedReport pdf(AnnualReviewPdf.Review review, String producedBy) {
    try {
      return new AnnualReviewPdf(signing.pdfs())
          .produce(review, signing.councilName(), producedBy, clock.instant());
    } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
      throw new InvalidInput("Reports cannot be signed now. " + e.getMessage());
    }
  }

  /**
   * The year's review as it stands: the full version, or the public one (the figures without
   * personal data, and none for a principle whose figures the officer keeps internal).
   */
  AnnualReviewPdf.Review review(String year, String signedOffBy, boolean publicVersion) {
    return review(year, signedOffBy, publicVersion, assessment.figures(year));
  }

  private AnnualReviewPdf.Review review(
      String year, String signedOffBy, boolean publicVersion, ReviewFigures figures) {
    List<PrincipleReview> principles = assessment.year(year);
    List<AnnualReviewPdf.Section> sections = new ArrayList<>();
    for (PrincipleReview p : principles) {
      var statement = p.current();
      boolean internal =
          publicVersion && statement.map(st -> st.getDetails().figuresInternal()).orElse(false);
      sections.add(
          new AnnualReviewPdf.Section(
              p.principle().number(),
              p.principle().title(),
              p.principle().summary(),
              p.principle().questions(),
              statement.map(st -> st.getRating().label()).orElse("Not rated"),
              statement.map(PrincipleStatement::getRatingReason).orElse(""),
              statement.map(PrincipleStatement::getStatement).orElse(""),
              internal
                  ? List.of("The council keeps this principle's figures internal.")
                  : figureLines(p.principle().number(), figures, !publicVersion),
              p.actions().stream().map(AnnualReviews::actionLine).toList(),
              internal ? null : ReviewChart.of(p.principle().number(), figures).orElse(null)));
    }
    int reviewed = principles.get(0).year().year();
    return new AnnualReviewPdf.Review(
        reviewed,
        figures.from(),
        figures.to(),
        sections,
        signedOffBy,
        List.of(retentionSchedule(), disclosureSummary(figures), crossWalk(principles)),
        publicVersion);
  }

  /** Annex A: the retention categories and what keeps footage longer. */
  private AnnualReviewPdf.Annex retentionSchedule() {
    List<String> lines = new ArrayList<>();
    for (RetentionCategory c : retention.categories()) {
      lines.add(
          c.getName()
              + ": "
              + Plural.of(c.getPeriodDays(), "day")
              + " after it was recorded"
              + (c.isDefault() ? " (every recording, unless categorised otherwise)" : "")
              + (c.getDescription() == null || c.getDescription().isBlank()
                  ? ""
                  : ". " + c.getDescription()));
    }
    lines.add(
        "Footage under a hold (evidence, a request, a complaint, a legal hold) is kept until the"
            + " hold is released; a supervisor's keep-for-review hold lapses after "
            + Plural.of(HoldKind.REVIEW_PERIOD.getDays(), "day")
            + ".");
    lines.add(
        "No recording is deleted sooner than "
            + Plural.of(retention.reviewWindowDays(), "day")
            + " after it arrives, whatever its category.");
    return new AnnualReviewPdf.Annex(
        "A",
        "Retention schedule",
        "How long the council keeps body-worn video footage, as configured in BWV Evidence when"
            + " this document was produced.",
        lines);
  }

  /** Annex B: the year's disclosures by recipient and lawful basis. */
  private static AnnualReviewPdf.Annex disclosureSummary(ReviewFigures f) {
    List<String> lines = new ArrayList<>();
    long packages = 0;
    for (var d : f.disclosures()) {
      packages += d.packages();
      lines.add(
          d.kind().title()
              + ", "
              + d.basis().title()
              + ": "
              + Plural.of(d.packages(), "package")
              + (d.revoked() > 0 ? " (" + d.revoked() + " revoked)" : ""));
    }
    lines.add(0, "In all: " + Plural.of(packages, "disclosure package") + ".");
    return new AnnualReviewPdf.Annex(
        "B",
        "Disclosure log summary",
        "Footage disclosed from "
            + CouncilTime.date(f.from())
            + " to "
            + CouncilTime.date(f.to())
            + ", by recipient and the lawful basis recorded for each disclosure.",
        lines);
  }

  /** Annex C: each principle against the ICO's guidance and BS 8593:2025, as entered. */
  private static AnnualReviewPdf.Annex crossWalk(List<PrincipleReview> principles) {
    List<String> lines = new ArrayList<>();
    for (PrincipleReview p : principles) {
      var details = p.current().map(PrincipleStatement::getDetails);
      lines.add(
          p.principle().number()
              + ". "
              + p.principle().title()
              + ". ICO guidance: "
              + details.flatMap(d -> d.icoReference()).orElse("not entered")
              + ". BS 8593:2025: "
              + details.flatMap(d -> d.bs8593Reference()).orElse("not entered")
              + ".");
    }
    return new AnnualReviewPdf.Annex(
        "C",
        "Cross-walk to the ICO's guidance and BS 8593:2025",
        "For each principle, the parts of the ICO's guidance on video surveillance and the clauses"
            + " of BS 8593:2025 (code of practice for body-worn video) that its statement answers,"
            + " as the compliance officer entered them.",
        lines);
  }

  private void audit(SignedReport report, String what, String year, String address) {
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REPORT_DOWNLOADED,
                "report",
                AnnualReviewPdf.KIND,
                clock.instant())
            .withDetails(
                "year "
                    + year.strip()
                    + "; "
                    + what
                    + report.fileName()
                    + "; sha256 "
                    + report.sha256())
            .from(address));
  }

  /** What the system counted that speaks to a principle, a line each, as the page shows it. */
  static List<String> figureLines(int principle, ReviewFigures f, boolean withPersonal) {
    List<String> lines = new ArrayList<>();
    switch (principle) {
      case 1 -> {
        lines.add(
            "Recordings made: "
                + number(f.recordings())
                + (f.recordingsByArea().isEmpty()
                    ? ""
                    : " ("
                        + f.recordingsByArea().stream()
                            .map(a -> a.area() + " " + number(a.recordings()))
                            .collect(Collectors.joining(", "))
                        + ")"));
        var arrangements = f.arrangements();
        arrangements
            .purposes()
            .forEach(
                p ->
                    lines.add(
                        "Purpose of "
                            + p.getServiceArea().getName()
                            + " (approved by "
                            + p.getApprovedBy()
                            + " on "
                            + CouncilTime.date(p.getApprovedOn())
                            + ", review due "
                            + CouncilTime.date(p.getReviewDue())
                            + "): "
                            + p.getPurpose()));
        if (!arrangements.areasWithoutPurpose().isEmpty()) {
          lines.add(
              "Recorded footage with no purpose approved for it: "
                  + String.join(", ", arrangements.areasWithoutPurpose()));
        }
      }
      case 2 -> documentLines(lines, f.arrangements().dpias(), "data protection impact assessment");
      case 3 -> {
        f.requests()
            .forEach(
                r ->
                    lines.add(
                        r.kind().title()
                            + ": "
                            + number(r.received())
                            + " received; "
                            + number(r.answered())
                            + " answered, "
                            + number(r.inTime())
                            + " in time, "
                            + number(r.late())
                            + " late, "
                            + number(r.refused())
                            + " refused"));
        if (lines.isEmpty()) {
          lines.add("No request was received or answered.");
        }
        documentLines(lines, f.arrangements().privacyNotices(), "privacy notice");
        var reviews = f.arrangements().noticeReviews();
        lines.add(
            "Reviews of signs, badges, the privacy notice and announcements: "
                + reviews.size()
                + ", "
                + f.arrangements().reviewsNeedingChanges()
                + " finding changes needed");
        reviews.forEach(
            r ->
                lines.add(
                    CouncilTime.date(r.getReviewedOn())
                        + ", "
                        + r.getSubject().title().toLowerCase(Locale.UK)
                        + " ("
                        + r.getLookedAt()
                        + "): "
                        + r.getOutcome().title().toLowerCase(Locale.UK)
                        + ". "
                        + r.getFindings()));
      }
      case 5 -> {
        documentLines(lines, f.arrangements().rules(), "policy or procedure");
        var t = f.training();
        lines.add(
            "Camera wearers with training current on "
                + CouncilTime.date(t.on())
                + ": "
                + t.trained()
                + " of "
                + t.wearers());
        if (withPersonal && !t.untrained().isEmpty()) {
          lines.add("Without current training: " + String.join(", ", t.untrained()));
        }
        lines.add(
            "Recordings made on a day their wearer had no training current (still held or since"
                + " deleted): "
                + number(f.recordingsUntrained())
                + (f.recordedUntrained().isEmpty() || !withPersonal
                    ? ""
                    : " ("
                        + f.recordedUntrained().stream()
                            .map(w -> w.username() + " " + number(w.recordings()))
                            .collect(Collectors.joining(", "))
                        + ")"));
      }
      case 6 -> {
        var r = f.retention();
        lines.add("Recordings deleted on time: " + number(r.deletedOnTime()));
        lines.add("Recordings deleted late: " + number(r.deletedLate()));
        lines.add(
            r.oldestUnheld() == null
                ? "No footage is kept without a hold."
                : "Oldest footage kept without a hold: recorded "
                    + CouncilTime.dateTime(r.oldestUnheld().recordedStart())
                    + ", due "
                    + CouncilTime.dateTime(r.oldestUnheld().dueAt()));
        r.holds()
            .forEach(
                h ->
                    lines.add(
                        "Active "
                            + h.kind().title().toLowerCase(Locale.UK)
                            + " holds: "
                            + number(h.active())
                            + ", the oldest placed "
                            + CouncilTime.date(h.oldestPlacedAt())));
        lines.add(
            "Requests that asked for a time from which footage had been deleted before they were"
                + " logged: "
                + f.askedAfterDeletion().size()
                + (f.askedAfterDeletion().isEmpty() || !withPersonal
                    ? ""
                    : " ("
                        + f.askedAfterDeletion().stream()
                            .map(
                                g ->
                                    g.reference()
                                        + ": "
                                        + g.beforeReceipt()
                                        + " deleted before it was received, "
                                        + g.whileWaiting()
                                        + " from then until it was logged")
                            .collect(Collectors.joining("; "))
                        + ")"));
      }
      case 7 -> {
        lines.add("Footage played: " + number(f.plays()));
        lines.add("Footage downloaded: " + number(f.downloads()));
        lines.add(
            "By role, played and downloaded: "
                + f.access().uses().stream()
                    .filter(u -> u.played() + u.downloaded() > 0)
                    .map(
                        u -> u.role() + " " + number(u.played()) + " and " + number(u.downloaded()))
                    .collect(Collectors.joining("; ")));
        f.disclosures()
            .forEach(
                d ->
                    lines.add(
                        "Disclosed to "
                            + d.kind().title()
                            + " ("
                            + d.basis().title()
                            + "): "
                            + Plural.of(d.packages(), "package")
                            + (d.revoked() > 0 ? ", " + d.revoked() + " revoked" : "")));
        if (f.disclosures().isEmpty()) {
          lines.add("No disclosure package was built.");
        }
        f.arrangements()
            .agreements()
            .forEach(
                a ->
                    lines.add(
                        "Data-sharing agreement with "
                            + a.getPartner()
                            + ", "
                            + CouncilTime.date(a.getStartsOn())
                            + " to "
                            + CouncilTime.date(a.getEndsOn())
                            + ": "
                            + a.getPurpose()));
      }
      case 8 -> {
        lines.add(
            "Cameras now: "
                + f.camerasIn(CameraStatus.IN_SERVICE)
                + " in service, "
                + f.camerasIn(CameraStatus.REPAIR)
                + " away for repair, "
                + f.camerasIn(CameraStatus.RETIRED)
                + " retired; docks uploading: "
                + f.docks().active()
                + ", revoked: "
                + f.docks().revoked());
        f.cameras()
            .forEach(
                c ->
                    lines.add(
                        c.make()
                            + " "
                            + c.model()
                            + ", "
                            + c.status().title().toLowerCase(Locale.UK)
                            + ", "
                            + c.area()
                            + ": "
                            + c.cameras()));
      }
      case 9 -> {
        lines.add("Recordings under integrity checks: " + number(f.fixity().recordings()));
        lines.add("Failing their latest check: " + number(f.fixity().failures().size()));
        var access = f.access();
        lines.add(
            "Active accounts by role (dormant: not signed in since "
                + CouncilTime.date(access.dormantSince())
                + "): "
                + access.accounts().stream()
                    .map(
                        a ->
                            a.role().title()
                                + " "
                                + a.active()
                                + (a.dormant() > 0 ? " (" + a.dormant() + " dormant)" : ""))
                    .collect(Collectors.joining("; ")));
        if (withPersonal && !access.dormant().isEmpty()) {
          lines.add("Dormant accounts: " + String.join(", ", access.dormant()));
        }
        lines.add(
            "Sign-ins failed or refused: "
                + number(AccessFigures.total(access.signIns()))
                + (AccessFigures.total(access.signIns()) > 0
                    ? " (" + counts(access.signIns()) + ")"
                    : ""));
        lines.add(
            "Privileged changes: "
                + number(AccessFigures.total(access.privileged()))
                + (AccessFigures.total(access.privileged()) > 0
                    ? " (" + counts(access.privileged()) + ")"
                    : ""));
      }
      case 10 -> lines.add("The audit log's hash chain: " + f.chain().summary());
      default -> {
        // Nothing the system records speaks to the principle directly.
      }
    }
    return lines;
  }

  private static String actionLine(ReviewAction a) {
    return a.getAction()
        + " ("
        + a.getOwner()
        + ", due "
        + CouncilTime.date(a.getDueOn())
        + "; "
        + a.getStatus().label().toLowerCase(Locale.UK)
        + "; raised "
        + a.getRaisedIn()
        + ")";
  }

  /** The current governance documents of a kind, a line each, or a line saying there is none. */
  private static void documentLines(
      List<String> lines, List<GovernanceDocument> docs, String what) {
    if (docs.isEmpty()) {
      lines.add("No " + what + " is recorded.");
    }
    docs.forEach(
        d ->
            lines.add(
                d.getKind().title()
                    + ": "
                    + d.getTitle()
                    + ", version "
                    + d.getVersion()
                    + ", approved by "
                    + d.getApprovedBy()
                    + " on "
                    + CouncilTime.date(d.getApprovedOn())
                    + "; review due "
                    + CouncilTime.date(d.getReviewDue())));
  }

  /** The actions that happened, each with how many times. */
  private static String counts(List<AccessFigures.ActionCount> counts) {
    return counts.stream()
        .filter(c -> c.count() > 0)
        .map(c -> c.label() + " " + number(c.count()))
        .collect(Collectors.joining(", "));
  }

  private static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
