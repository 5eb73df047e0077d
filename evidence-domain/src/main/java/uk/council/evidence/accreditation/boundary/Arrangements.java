package uk.council.evidence.accreditation.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.accreditation.control.RegisterBook;
import uk.council.evidence.accreditation.control.RegisterBook.Keeper;
import uk.council.evidence.accreditation.entity.AreaPurpose;
import uk.council.evidence.accreditation.entity.ArrangementFigures;
import uk.council.evidence.accreditation.entity.DueItem;
import uk.council.evidence.accreditation.entity.GovernanceDocument;
import uk.council.evidence.accreditation.entity.NoticeReview;
import uk.council.evidence.accreditation.entity.Register;
import uk.council.evidence.accreditation.entity.SharingAgreement;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;

/**
 * The council's arrangements for body-worn video, the registers beside the documents and training
 * ({@link Registers}): why each service area wears cameras, the agreements under which footage is
 * shared, and the reviews of signs, badges, the privacy notice and what wearers say. Kept by
 * compliance officers and administrators; entries are added, never changed, and every addition is
 * audited.
 */
@Stateless
@RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
public class Arrangements {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject RegisterBook book;
  @Inject StaffAccounts staff;
  @Inject Registers registers;
  @Inject Clock clock;

  /** The service areas a purpose may be written for, by name. */
  public List<ServiceArea> areas() {
    callers.require(Action.KEEP_REGISTERS);
    return staff.serviceAreas();
  }

  /**
   * What in the registers needs attention before {@code soon}, the soonest first: the latest
   * version of each document, each area's purpose and the latest review of each notice whose review
   * is due, the agreements in force that end, and each active camera wearer's latest record of each
   * course that expires (or has lapsed).
   */
  public List<DueItem> dueBefore(LocalDate soon) {
    callers.require(Action.KEEP_REGISTERS);
    LocalDate today = today();
    List<DueItem> due = new ArrayList<>();
    latest(registers.documents(), d -> d.getKind() + "/" + d.getTitle()).stream()
        .filter(d -> d.getReviewDue().isBefore(soon))
        .forEach(
            d ->
                due.add(
                    new DueItem(
                        Register.DOCUMENTS,
                        d.getKind().title()
                            + ": "
                            + d.getTitle()
                            + " (version "
                            + d.getVersion()
                            + ")",
                        "review",
                        d.getReviewDue(),
                        d.reviewOverdue(today))));
    currentPurposes().stream()
        .filter(p -> p.getReviewDue().isBefore(soon))
        .forEach(
            p ->
                due.add(
                    new DueItem(
                        Register.PURPOSES,
                        "Purpose of use: " + p.getServiceArea().getName(),
                        "review",
                        p.getReviewDue(),
                        p.reviewOverdue(today))));
    latest(agreements(), SharingAgreement::getPartner).stream()
        .filter(a -> a.endingBefore(today, soon))
        .forEach(
            a ->
                due.add(
                    new DueItem(
                        Register.AGREEMENTS,
                        "Data-sharing agreement with " + a.getPartner(),
                        "end",
                        a.getEndsOn(),
                        false)));
    latest(noticeReviews(), r -> r.getSubject() + "/" + r.getLookedAt()).stream()
        .filter(r -> r.getNextReview().isBefore(soon))
        .forEach(
            r ->
                due.add(
                    new DueItem(
                        Register.NOTICE_REVIEWS,
                        r.getSubject().title() + ": " + r.getLookedAt(),
                        "review",
                        r.getNextReview(),
                        r.reviewOverdue(today))));
    Set<String> wearers = new HashSet<>(staff.activeWith(Role.CAMERA_USER));
    latest(registers.training(), t -> t.getUsername() + "/" + t.getCourse()).stream()
        .filter(t -> wearers.contains(t.getUsername()))
        .filter(t -> t.getExpiresOn().filter(e -> e.isBefore(soon)).isPresent())
        .forEach(
            t ->
                due.add(
                    new DueItem(
                        Register.TRAINING,
                        "Training of " + t.getUsername() + ": " + t.getCourse(),
                        "expire",
                        t.getExpiresOn().orElseThrow(),
                        !t.currentOn(today))));
    due.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::what));
    return due;
  }

  /** The first of each key in a list ordered latest first. */
  private static <T> List<T> latest(List<T> latestFirst, Function<T, String> key) {
    return List.copyOf(
        latestFirst.stream()
            .collect(
                Collectors.toMap(
                    key, Function.identity(), (first, later) -> first, LinkedHashMap::new))
            .values());
  }

  /** Every purpose recorded, by area, the latest approved first in each. */
  public List<AreaPurpose> purposes() {
    return book.entries(
        "SELECT p FROM AreaPurpose p ORDER BY p.serviceArea.name, p.approval.on DESC, p.id DESC",
        AreaPurpose.class);
  }

  /** Each area's purpose now: the latest approved for it, by area. */
  public List<AreaPurpose> currentPurposes() {
    callers.require(Action.KEEP_REGISTERS);
    return purposesBefore(today().plusDays(1));
  }

  /** Each area's purpose as it stood on the day before {@code after}, by area. */
  private List<AreaPurpose> purposesBefore(LocalDate after) {
    return em.createQuery(
            "SELECT p FROM AreaPurpose p WHERE p.approval.on < :after AND NOT EXISTS (SELECT q"
                + " FROM AreaPurpose q WHERE q.serviceArea = p.serviceArea AND q.approval.on <"
                + " :after AND (q.approval.on > p.approval.on OR (q.approval.on = p.approval.on"
                + " AND q.id > p.id))) ORDER BY p.serviceArea.name",
            AreaPurpose.class)
        .setParameter("after", after)
        .getResultList();
  }

  /**
   * What the registers say about a period: each area's purpose as it stood at the end, the areas
   * among {@code recordingAreas} with none approved by then, the agreements in force on any day of
   * it, the reviews of notices made in it, and each governance document as it stood at the end.
   *
   * @param first the period's first day
   * @param after the day after its last
   * @param recordingAreas the areas that recorded footage in the period, by name
   */
  public ArrangementFigures during(LocalDate first, LocalDate after, List<String> recordingAreas) {
    callers.require(Action.KEEP_REGISTERS);
    List<AreaPurpose> purposes = purposesBefore(after);
    var named = purposes.stream().map(p -> p.getServiceArea().getName()).toList();
    return new ArrangementFigures(
        purposes,
        recordingAreas.stream().filter(a -> !named.contains(a)).sorted().toList(),
        em.createQuery(
                "SELECT a FROM SharingAgreement a WHERE a.startsOn < :after AND a.endsOn > :first"
                    + " ORDER BY a.partner, a.startsOn",
                SharingAgreement.class)
            .setParameter("first", first)
            .setParameter("after", after)
            .getResultList(),
        em.createQuery(
                "SELECT r FROM NoticeReview r WHERE r.reviewedOn >= :first AND r.reviewedOn <"
                    + " :after ORDER BY r.reviewedOn DESC, r.id DESC",
                NoticeReview.class)
            .setParameter("first", first)
            .setParameter("after", after)
            .getResultList(),
        em.createQuery(
                "SELECT d FROM GovernanceDocument d WHERE d.approval.on < :after AND NOT EXISTS"
                    + " (SELECT e FROM GovernanceDocument e WHERE e.kind = d.kind AND e.title ="
                    + " d.title AND e.approval.on < :after AND (e.approval.on > d.approval.on OR"
                    + " (e.approval.on = d.approval.on AND e.id > d.id))) ORDER BY d.kind, d.title",
                GovernanceDocument.class)
            .setParameter("after", after)
            .getResultList());
  }

  /**
   * Records an area's purpose, or a revision of it.
   *
   * @param areaId the service area chosen; null or unknown is refused
   * @throws InvalidInput naming each field that is wrong
   */
  public AreaPurpose addPurpose(String areaId, AreaPurpose.Form form, String address) {
    Keeper keeper = book.keeper();
    ServiceArea area =
        staff.serviceAreas().stream()
            .filter(a -> a.getId().toString().equals(areaId == null ? "" : areaId.strip()))
            .findFirst()
            .orElse(null);
    return book.record(
        new AreaPurpose(area, form, keeper.username(), keeper.now(), keeper.today()),
        AuditAction.AREA_PURPOSE_RECORDED,
        "purpose",
        AreaPurpose::getId,
        p -> p.getServiceArea().getName() + ": " + p.getApproval().described(),
        address);
  }

  /** Every agreement recorded, the latest to end first. */
  public List<SharingAgreement> agreements() {
    return book.entries(
        "SELECT a FROM SharingAgreement a ORDER BY a.endsOn DESC, a.partner, a.id DESC",
        SharingAgreement.class);
  }

  /**
   * Records a data-sharing agreement.
   *
   * @throws InvalidInput naming each field that is wrong, or if one with the partner starting that
   *     day is already recorded
   */
  public SharingAgreement addAgreement(SharingAgreement.Form form, String address) {
    Keeper keeper = book.keeper();
    var agreement = new SharingAgreement(form, keeper.username(), keeper.now());
    if (book.any(
        "SELECT a.id FROM SharingAgreement a WHERE a.partner = :p AND a.startsOn = :s",
        "p",
        agreement.getPartner(),
        "s",
        agreement.getStartsOn())) {
      throw new InvalidInput(
          "startsOn", "An agreement with this partner from this day is already recorded.");
    }
    return book.record(
        agreement,
        AuditAction.SHARING_AGREEMENT_RECORDED,
        "agreement",
        SharingAgreement::getId,
        a ->
            a.getPartner()
                + a.getReference().map(r -> " (" + r + ")").orElse("")
                + ", "
                + CouncilTime.date(a.getStartsOn())
                + " to "
                + CouncilTime.date(a.getEndsOn())
                + ", signed by "
                + a.getSignedBy(),
        address);
  }

  /** Every review of signs, notices and announcements, the latest first. */
  public List<NoticeReview> noticeReviews() {
    return book.entries(
        "SELECT r FROM NoticeReview r ORDER BY r.reviewedOn DESC, r.id DESC", NoticeReview.class);
  }

  /**
   * Records a review of signs and badges, the privacy notice, or what wearers say.
   *
   * @throws InvalidInput naming each field that is wrong
   */
  public NoticeReview addNoticeReview(NoticeReview.Form form, String address) {
    Keeper keeper = book.keeper();
    return book.record(
        new NoticeReview(form, keeper.username(), keeper.now(), keeper.today()),
        AuditAction.NOTICE_REVIEW_RECORDED,
        "notice-review",
        NoticeReview::getId,
        r ->
            r.getSubject().title()
                + ", "
                + r.getLookedAt()
                + ": "
                + r.getOutcome().title().toLowerCase(java.util.Locale.UK)
                + " on "
                + CouncilTime.date(r.getReviewedOn())
                + ", next review "
                + CouncilTime.date(r.getNextReview()),
        address);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }
}
