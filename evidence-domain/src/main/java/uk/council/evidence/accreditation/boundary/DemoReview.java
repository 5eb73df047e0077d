package uk.council.evidence.accreditation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.council.evidence.accreditation.control.CodeOfPractice;
import uk.council.evidence.accreditation.entity.Approval;
import uk.council.evidence.accreditation.entity.AreaPurpose;
import uk.council.evidence.accreditation.entity.GovernanceDocument;
import uk.council.evidence.accreditation.entity.NoticeReview;
import uk.council.evidence.accreditation.entity.Principle;
import uk.council.evidence.accreditation.entity.PrincipleStatement;
import uk.council.evidence.accreditation.entity.ReviewAction;
import uk.council.evidence.accreditation.entity.ReviewYear;
import uk.council.evidence.accreditation.entity.SharingAgreement;
import uk.council.evidence.accreditation.entity.TrainingRecord;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.staff.boundary.DemoAccounts;

/**
 * This year's self-assessment begun, with the demo accounts ({@code evidence.demo.enabled}), so
 * that a compliance officer has a draft to open at once: four principles written and rated, and two
 * actions on the plan. Written only into an empty self-assessment.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoAccounts"})
public class DemoReview {

  /** Principle, rating, statement, reason. */
  record Draft(int principle, String rating, String statement, String reason) {}

  static final List<Draft> DRAFTS =
      List.of(
          new Draft(
              1,
              "GREEN",
              "Parking Services and Environmental Enforcement wear cameras to deter aggression"
                  + " towards officers and to record evidence of offences. The purpose is in the"
                  + " body-worn video policy, approved by the Corporate Director in March.",
              "The purpose is written down and approved for both service areas."),
          new Draft(
              6,
              "AMBER",
              "Footage not flagged as evidence is deleted 31 days after it was recorded, by the"
                  + " deletion sweep, with a deletion record for each recording. Held footage is"
                  + " kept until its hold is released.",
              "Deletion is on time, but holds placed for complaints are not reviewed regularly."),
          new Draft(
              7,
              "GREEN",
              "Wearers see only their own footage and supervisors their team's; evidence officers"
                  + " and the DPO see all. Every view, download and disclosure is in the audit log,"
                  + " and every disclosure in the disclosure log with its lawful basis.",
              "Access follows the role table, and the logs show each use."),
          new Draft(
              9,
              "GREEN",
              "Footage is stored read-only on the council's own servers, checked against its"
                  + " SHA-256 fingerprint every week. Staff sign in with their own accounts; giving"
                  + " a role that opens footage needs a second person's approval.",
              "No integrity failure or breach this year."));

  /** A document: approved so many months ago, its review due in so many (negative: overdue). */
  record DemoDocument(
      String kind,
      String title,
      String version,
      String approvedBy,
      int approvedMonthsAgo,
      int reviewInMonths) {}

  static final List<DemoDocument> DOCUMENTS =
      List.of(
          new DemoDocument(
              "DPIA", "Body-worn video DPIA", "2.0", "Senior Information Risk Owner", 11, 1),
          new DemoDocument(
              "POLICY", "Body-worn video policy", "3.1", "Corporate Director, Place", 8, 4),
          new DemoDocument(
              "PROCEDURE", "Disclosure of footage", "1.2", "Information Governance Board", 14, -2),
          new DemoDocument(
              "PRIVACY_NOTICE",
              "Body-worn video privacy notice",
              "1.0",
              "Data protection officer",
              6,
              6));

  /** A course completed so many months ago, expiring in so many (null: never; negative: lapsed). */
  record DemoTraining(
      String username, String course, int completedMonthsAgo, Integer expiresInMonths) {}

  static final String POLICY_COURSE = "Body-worn video: the council's policy and the law";

  static final List<DemoTraining> TRAINING =
      List.of(
          new DemoTraining("camera.user", POLICY_COURSE, 10, 2),
          new DemoTraining("enforcement.officer", POLICY_COURSE, 4, 8),
          new DemoTraining("parking.warden", POLICY_COURSE, 13, -1),
          new DemoTraining("supervisor", POLICY_COURSE, 7, 5),
          new DemoTraining("evidence.officer", "Evidence handling and disclosure", 20, null));

  /** Why an area wears cameras, approved so many months ago, its review due in so many. */
  record DemoPurpose(
      String areaCode, String purpose, String need, int approvedMonthsAgo, int reviewInMonths) {}

  static final List<DemoPurpose> PURPOSES =
      List.of(
          new DemoPurpose(
              "PARKING",
              "To deter verbal and physical aggression towards civil enforcement officers, and to"
                  + " record evidence when a penalty charge notice is challenged or an officer is"
                  + " assaulted.",
              "In the year before cameras were worn, 47 assaults and 212 incidents of verbal abuse"
                  + " against civil enforcement officers were reported; 31% of appeals disputed"
                  + " what the officer saw.",
              8,
              4),
          new DemoPurpose(
              "ENVIRONMENT",
              "To record evidence of fly-tipping, littering and dog-fouling offences when a fixed"
                  + " penalty notice is issued, and to protect officers during those encounters.",
              "One in five fixed penalty notices was contested on who had said what; officers"
                  + " reported 18 threats of violence in the year before cameras.",
              11,
              1));

  /** A data-sharing agreement, begun so many months ago and ending in so many. */
  record DemoAgreement(
      String partner,
      String purpose,
      String reference,
      String signedBy,
      int startedMonthsAgo,
      int endsInMonths) {}

  static final List<DemoAgreement> AGREEMENTS =
      List.of(
          new DemoAgreement(
              "County Constabulary",
              "Footage of assaults on council officers and of other offences, for the prevention"
                  + " and detection of crime and prosecution",
              "ISA-2024-017",
              "Head of Legal Services",
              20,
              16),
          new DemoAgreement(
              "Neighbouring District Council (shared enforcement team)",
              "Footage of environmental offences in the shared enforcement area, for fixed"
                  + " penalty notices and prosecution",
              "",
              "Director of Environment",
              23,
              1));

  /** A review of signs or notices, made so many months ago, the next due in so many. */
  record DemoNoticeReview(
      String subject,
      String lookedAt,
      String outcome,
      String findings,
      int reviewedMonthsAgo,
      int nextInMonths) {}

  static final List<DemoNoticeReview> NOTICE_REVIEWS =
      List.of(
          new DemoNoticeReview(
              "PRIVACY_NOTICE",
              "Body-worn video privacy notice on the council's website",
              "ADEQUATE",
              "Says why cameras are worn, how long footage is kept and how to ask for it.",
              6,
              6),
          new DemoNoticeReview(
              "SIGNAGE",
              "Camera badges and car park signs, town centre",
              "ADEQUATE",
              "Every officer seen wore the \"recording may take place\" badge; signs at all 9 car"
                  + " parks are legible.",
              3,
              9),
          new DemoNoticeReview(
              "ANNOUNCEMENT",
              "Parking team north",
              "CHANGES_NEEDED",
              "Two of six wardens observed did not say they were recording before they started."
                  + " Refresher briefing booked.",
              2,
              1));

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject DemoAccounts accounts;
  @Inject CodeOfPractice code;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PostConstruct
  void create() {
    if (!accounts.enabled()) {
      return;
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
    if (none("SELECT d.id FROM GovernanceDocument d")) {
      documents(now, today);
    }
    if (none("SELECT t.id FROM TrainingRecord t")) {
      training(now, today);
    }
    if (none("SELECT p.id FROM AreaPurpose p")) {
      purposes(now, today);
    }
    if (none("SELECT a.id FROM SharingAgreement a")) {
      agreements(now, today);
    }
    if (none("SELECT r.id FROM NoticeReview r")) {
      noticeReviews(now, today);
    }
    if (none("SELECT s.id FROM PrincipleStatement s")) {
      review(now, today);
    }
  }

  /** Records a demo register's entries, audited as one event of the system's. */
  private <T> void fill(
      List<T> entries,
      Function<T, Object> entry,
      AuditAction action,
      String targetType,
      String what,
      Instant now) {
    entries.forEach(e -> em.persist(entry.apply(e)));
    audit.record(
        AuditEntry.of("system", action, targetType, null, now)
            .withDetails("demo register: " + entries.size() + " " + what));
  }

  private boolean none(String query) {
    return em.createQuery(query).setMaxResults(1).getResultList().isEmpty();
  }

  /** The DPIA, the policy and a procedure (its review overdue), and the privacy notice. */
  private void documents(Instant now, LocalDate today) {
    fill(
        DOCUMENTS,
        d ->
            new GovernanceDocument(
                new GovernanceDocument.Form(
                    d.kind(),
                    d.title(),
                    d.version(),
                    new Approval.Form(
                        d.approvedBy(),
                        today.minusMonths(d.approvedMonthsAgo()).toString(),
                        today.plusMonths(d.reviewInMonths()).toString())),
                "compliance",
                now,
                today),
        AuditAction.GOVERNANCE_DOCUMENT_RECORDED,
        "document",
        "documents",
        now);
  }

  /** Parking's and environmental enforcement's purposes; community safety has none yet. */
  private void purposes(Instant now, LocalDate today) {
    fill(
        PURPOSES,
        d ->
            new AreaPurpose(
                accounts.area(d.areaCode()),
                new AreaPurpose.Form(
                    d.purpose(),
                    d.need(),
                    new Approval.Form(
                        "Cabinet Member for Community Safety",
                        today.minusMonths(d.approvedMonthsAgo()).toString(),
                        today.plusMonths(d.reviewInMonths()).toString())),
                "compliance",
                now,
                today),
        AuditAction.AREA_PURPOSE_RECORDED,
        "purpose",
        "purposes",
        now);
  }

  /** The police, and a neighbouring council's agreement about to end. */
  private void agreements(Instant now, LocalDate today) {
    fill(
        AGREEMENTS,
        d ->
            new SharingAgreement(
                new SharingAgreement.Form(
                    d.partner(),
                    d.purpose(),
                    d.reference(),
                    d.signedBy(),
                    today.minusMonths(d.startedMonthsAgo()).toString(),
                    today.plusMonths(d.endsInMonths()).toString()),
                "compliance",
                now),
        AuditAction.SHARING_AGREEMENT_RECORDED,
        "agreement",
        "agreements",
        now);
  }

  /** The privacy notice and signs found adequate; a team's announcements not. */
  private void noticeReviews(Instant now, LocalDate today) {
    fill(
        NOTICE_REVIEWS,
        d ->
            new NoticeReview(
                new NoticeReview.Form(
                    d.subject(),
                    d.lookedAt(),
                    "Information governance manager",
                    today.minusMonths(d.reviewedMonthsAgo()).toString(),
                    d.outcome(),
                    d.findings(),
                    today.plusMonths(d.nextInMonths()).toString()),
                "compliance",
                now,
                today),
        AuditAction.NOTICE_REVIEW_RECORDED,
        "notice-review",
        "reviews",
        now);
  }

  /** Most wearers trained; one whose training lapsed last month. */
  private void training(Instant now, LocalDate today) {
    fill(
        TRAINING,
        t ->
            new TrainingRecord(
                new TrainingRecord.Form(
                    t.username(),
                    t.course(),
                    today.minusMonths(t.completedMonthsAgo()).toString(),
                    t.expiresInMonths() == null
                        ? ""
                        : today.plusMonths(t.expiresInMonths()).toString()),
                "compliance",
                now,
                today),
        AuditAction.TRAINING_IMPORTED,
        "training",
        "training records",
        now);
  }

  private void review(Instant now, LocalDate today) {
    ReviewYear year = ReviewYear.of(today.getYear(), today);
    Map<Integer, Principle> principles =
        code.principles(CodeOfPractice.CURRENT_EDITION).stream()
            .collect(Collectors.toMap(Principle::number, Function.identity()));
    for (Draft d : DRAFTS) {
      em.persist(
          new PrincipleStatement(
              year,
              principles.get(d.principle()),
              d.statement(),
              d.rating(),
              d.reason(),
              "compliance",
              now));
    }
    em.persist(
        new ReviewAction(
            year,
            principles.get(6),
            "Review every complaint hold older than six months and release those no longer needed",
            "Information governance manager",
            today.plusMonths(3).toString(),
            "compliance",
            now));
    em.persist(
        new ReviewAction(
            year,
            principles.get(3),
            "Publish the body-worn video privacy notice on the council's website",
            "Data protection officer",
            today.plusMonths(1).toString(),
            "compliance",
            now));
    audit.record(
        AuditEntry.of("system", AuditAction.CODE_STATEMENT_WRITTEN, "review", year.year(), now)
            .withDetails("demo self-assessment begun: 4 principles rated, 2 actions"));
  }
}
