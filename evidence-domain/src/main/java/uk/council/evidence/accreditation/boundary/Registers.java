package uk.council.evidence.accreditation.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.accreditation.control.RegisterBook;
import uk.council.evidence.accreditation.control.RegisterBook.Keeper;
import uk.council.evidence.accreditation.entity.GovernanceDocument;
import uk.council.evidence.accreditation.entity.TrainingCsv;
import uk.council.evidence.accreditation.entity.TrainingRecord;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;

/**
 * The registers the annual review draws on, kept by compliance officers and administrators:
 * governance documents (the DPIA, policies, procedures, the privacy notice) and training records,
 * typed in or imported from a CSV file. Entries are added, never changed; every addition is
 * audited.
 */
@Stateless
@RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
public class Registers {

  /** The most problems an import lists before saying how many more there are. */
  static final int PROBLEMS_LISTED = 20;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject RegisterBook book;
  @Inject StaffAccounts staff;

  /** Every version of every document, the latest of each title first, by kind and title. */
  public List<GovernanceDocument> documents() {
    return book.entries(
        "SELECT d FROM GovernanceDocument d ORDER BY d.kind, d.title, d.approval.on DESC, d.id DESC",
        GovernanceDocument.class);
  }

  /**
   * Records a version of a document.
   *
   * @throws InvalidInput naming each field that is wrong, or if this version is already recorded
   */
  public GovernanceDocument addDocument(GovernanceDocument.Form form, String address) {
    Keeper keeper = book.keeper();
    var document = new GovernanceDocument(form, keeper.username(), keeper.now(), keeper.today());
    if (book.any(
        "SELECT d.id FROM GovernanceDocument d WHERE d.kind = :k AND d.title = :t"
            + " AND d.version = :v",
        "k",
        document.getKind(),
        "t",
        document.getTitle(),
        "v",
        document.getVersion())) {
      throw new InvalidInput(
          "version", "Version " + document.getVersion() + " of this document is already recorded.");
    }
    return book.record(
        document,
        AuditAction.GOVERNANCE_DOCUMENT_RECORDED,
        "document",
        GovernanceDocument::getId,
        d ->
            d.getKind().title()
                + " "
                + d.getTitle()
                + " version "
                + d.getVersion()
                + ", "
                + d.getApproval().described(),
        address);
  }

  /** Every training record, the latest completed first. */
  public List<TrainingRecord> training() {
    return book.entries(
        "SELECT t FROM TrainingRecord t ORDER BY t.completedOn DESC, t.username, t.id DESC",
        TrainingRecord.class);
  }

  /**
   * Records one course a person completed.
   *
   * @throws InvalidInput naming each field that is wrong, an unknown username, or a record already
   *     there
   */
  public TrainingRecord addTraining(TrainingRecord.Form form, String address) {
    Keeper keeper = book.keeper();
    var record = new TrainingRecord(form, keeper.username(), keeper.now(), keeper.today());
    if (staff.byUsername(record.getUsername()).isEmpty()) {
      throw new InvalidInput("username", "No one has the username " + record.getUsername() + ".");
    }
    if (recorded(record)) {
      throw new InvalidInput("course", "This course on this day is already recorded for them.");
    }
    return book.record(
        record,
        AuditAction.TRAINING_RECORDED,
        "training",
        TrainingRecord::getId,
        Registers::describe,
        address);
  }

  /**
   * Imports training records from a CSV file ({@link TrainingCsv}), all or none: if any line is
   * wrong, nothing is recorded and every wrong line is named (up to twenty). A line that repeats a
   * record already there is passed over.
   *
   * @return how many records were added and how many were already there
   * @throws InvalidInput naming the file's problems, line by line
   */
  public Imported importTraining(byte[] file, String address) {
    Keeper keeper = book.keeper();
    List<TrainingCsv.Line> lines = TrainingCsv.read(file);
    Map<String, Boolean> known = new HashMap<>();
    List<String> problems = new ArrayList<>();
    List<TrainingRecord> records = new ArrayList<>();
    for (TrainingCsv.Line line : lines) {
      try {
        var record =
            new TrainingRecord(line.form(), keeper.username(), keeper.now(), keeper.today());
        if (!known.computeIfAbsent(record.getUsername(), u -> staff.byUsername(u).isPresent())) {
          problems.add(
              "Line " + line.number() + ": no one has the username " + record.getUsername() + ".");
        } else if (records.stream().anyMatch(record::sameAs)) {
          problems.add("Line " + line.number() + " repeats an earlier line.");
        } else {
          records.add(record);
        }
      } catch (InvalidInput e) {
        e.problems().forEach(p -> problems.add("Line " + line.number() + ": " + p.message()));
      }
    }
    if (!problems.isEmpty()) {
      List<InvalidInput.Problem> listed = new ArrayList<>();
      problems.stream()
          .limit(PROBLEMS_LISTED)
          .forEach(p -> listed.add(new InvalidInput.Problem("file", p)));
      if (problems.size() > PROBLEMS_LISTED) {
        listed.add(
            new InvalidInput.Problem(
                "file",
                "And " + (problems.size() - PROBLEMS_LISTED) + " more. Nothing was recorded."));
      } else {
        listed.add(
            new InvalidInput.Problem(
                "file", "Nothing was recorded: correct the file and load it again."));
      }
      throw new InvalidInput(listed);
    }
    int added = 0;
    int already = 0;
    for (TrainingRecord record : records) {
      if (recorded(record)) {
        already++;
      } else {
        em.persist(record);
        added++;
      }
    }
    em.flush();
    book.audited(
        AuditAction.TRAINING_IMPORTED,
        "training",
        null,
        added + " added, " + already + " already recorded, from " + lines.size() + " lines",
        address);
    return new Imported(added, already);
  }

  /** What an import did. */
  public record Imported(int added, int alreadyRecorded) {}

  private boolean recorded(TrainingRecord record) {
    return book.any(
        "SELECT t.id FROM TrainingRecord t WHERE t.username = :u AND t.course = :c"
            + " AND t.completedOn = :d",
        "u",
        record.getUsername(),
        "c",
        record.getCourse(),
        "d",
        record.getCompletedOn());
  }

  private static String describe(TrainingRecord record) {
    return record.getUsername()
        + ": "
        + record.getCourse()
        + ", completed "
        + CouncilTime.date(record.getCompletedOn())
        + record.getExpiresOn().map(d -> ", expires " + CouncilTime.date(d)).orElse(", no expiry");
  }
}
