package uk.council.evidence.web.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.casework.boundary.Disclosures;
import uk.council.evidence.casework.control.PackageStore;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.disclosure.ContinuityStatement;
import uk.council.evidence.reports.disclosure.DisclosureZip;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.reports.ReportSigning;
import uk.council.evidence.web.shell.Portal;

/**
 * Builds a disclosure package in three steps: the domain checks the request and says what goes in
 * (one transaction); the ZIP is written to a work file in the footage store, each file hashed as it
 * is copied in and checked against the SHA-256 the council recorded for it (no transaction, as it
 * may take minutes for long recordings); then the domain records the package and takes the file
 * over (a second transaction). Anything refused or failed leaves no package and no file.
 */
@ApplicationScoped
public class PackageBuilder {

  @Inject Disclosures disclosures;
  @Inject FootageStore store;
  @Inject ReportSigning signing;
  @Inject Portal portal;
  @Inject SecurityContext security;
  @Inject Clock clock;

  public DisclosurePackage build(
      long caseId, List<Disclosures.Choice> chosen, Recipient.Typed typed, String address) {
    PackagePlan plan = disclosures.plan(caseId, chosen, typed);
    PackageStore packages = new PackageStore(store);
    Path scratch = packages.scratch();
    try {
      List<Disclosures.Written> written = new ArrayList<>();
      DisclosureZip.Sealed sealed;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16);
          DisclosureZip zip = new DisclosureZip(out)) {
        ContinuityStatement statements =
            new ContinuityStatement(signing.templates(), signing.finishing());
        for (PackagePlan.Item item : plan.items()) {
          Disclosures.Written footage = addFootage(zip, item);
          written.add(footage);
          SignedReport statement = statements.produce(statement(plan, item, footage));
          DisclosureZip.PackedFile pdf =
              zip.add(
                  "exhibits/" + item.folder() + "/" + statement.fileName(),
                  new ByteArrayInputStream(statement.pdf()),
                  true,
                  Map.of(
                      "exhibit",
                      item.exhibit().getReference().toString(),
                      "about",
                      "signed continuity statement"));
          written.add(
              new Disclosures.Written(
                  pdf.path(),
                  DisclosureFile.Kind.CONTINUITY,
                  item.exhibit().getId(),
                  null,
                  pdf.sha256(),
                  pdf.size()));
        }
        sealed = zip.finish(details(plan));
      }
      for (DisclosureZip.PackedFile f : sealed.files()) {
        if (f.path().equals(DisclosureZip.MANIFEST) || f.path().equals(DisclosureZip.SUMS)) {
          written.add(
              new Disclosures.Written(
                  f.path(),
                  f.path().equals(DisclosureZip.MANIFEST)
                      ? DisclosureFile.Kind.MANIFEST
                      : DisclosureFile.Kind.CHECKSUMS,
                  null,
                  null,
                  f.sha256(),
                  f.size()));
        }
      }
      DisclosurePackage recorded =
          disclosures.record(plan, written, sealed.sha256(), sealed.size(), scratch, address);
      scratch = null;
      return recorded;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write package " + plan.reference(), e);
    } finally {
      if (scratch != null) {
        packages.discard(scratch);
      }
    }
  }

  /** Copies the exhibit's file in; refuses one whose bytes no longer match what was recorded. */
  private Disclosures.Written addFootage(DisclosureZip zip, PackagePlan.Item item)
      throws IOException {
    boolean clip = item.clip() != null;
    String expected = clip ? item.clip().getSha256() : item.recording().getSha256();
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("exhibit", item.exhibit().getReference().toString());
    about.put("recordingId", item.recording().getId());
    about.put("camera", item.recording().getCamera().getSerial());
    about.put("recordedStart", item.recording().getRecordedStart().toString());
    about.put("recordedEnd", item.recording().getRecordedEnd().toString());
    about.put("recordingSha256", item.recording().getSha256());
    if (clip) {
      about.put("clipStart", item.clip().getStart().toMillis() / 1000.0);
      about.put("clipEnd", item.clip().getEnd().toMillis() / 1000.0);
    }
    DisclosureZip.PackedFile f;
    try (InputStream in = Files.newInputStream(item.source())) {
      f = zip.add(item.path(), in, false, about);
    }
    if (!f.sha256().equals(expected)) {
      throw new IllegalStateException(
          "The stored file of exhibit "
              + item.exhibit().getReference()
              + " no longer matches its SHA-256 (recorded "
              + expected
              + ", read "
              + f.sha256()
              + "): no package was built. Report this to an administrator.");
    }
    return new Disclosures.Written(
        f.path(),
        clip ? DisclosureFile.Kind.CLIP : DisclosureFile.Kind.ORIGINAL,
        item.exhibit().getId(),
        clip ? item.clip().getId() : null,
        f.sha256(),
        f.size());
  }

  /**
   * The continuity statement of one exhibit: the recording, the file disclosed, the package, and
   * every audit event about the recording up to the plan, the period covering them all.
   */
  private ContinuityStatement.Request statement(
      PackagePlan plan, PackagePlan.Item item, Disclosures.Written footage) {
    Instant now = clock.instant();
    var recording = item.recording();
    Instant first =
        item.custody().isEmpty()
                || recording.getRecordedStart().isBefore(item.custody().get(0).getOccurredAt())
            ? recording.getRecordedStart()
            : item.custody().get(0).getOccurredAt();
    ReportHeading heading =
        new ReportHeading(
            portal.getCouncilName(),
            new ReportPeriod(first, now.plusSeconds(1), ReportPeriod.UK_TIME),
            security.getCallerPrincipal().getName(),
            now);
    var c = plan.evidenceCase();
    var clip = item.clip();
    return new ContinuityStatement.Request(
        heading,
        new ContinuityStatement.Exhibit(
            item.exhibit().getReference().toString(),
            item.exhibit().getProducerName(),
            c.getReference(),
            c.getType().title(),
            c.getPoliceReference().orElse(null),
            c.getCpsUrn().orElse(null)),
        new ContinuityStatement.Recording(
            recording.getId(),
            recording.getCamera().getSerial(),
            recording.getWearer().map(StaffMember::getDisplayName).orElse(null),
            recording.getServiceArea().map(ServiceArea::getName).orElse(null),
            recording.getRecordedStart(),
            recording.getRecordedEnd(),
            recording
                .getMedia()
                .map(m -> m.duration())
                .orElse(Duration.between(recording.getRecordedStart(), recording.getRecordedEnd())),
            recording.getSizeBytes(),
            recording.getSha256(),
            recording.getDock().getName(),
            recording.getUploadedAt()),
        new ContinuityStatement.DisclosedFile(
            footage.path(),
            footage.sha256(),
            footage.size(),
            clip == null
                ? null
                : new ContinuityStatement.Clip(
                    clip.getStart(), clip.getEnd(), clip.getCutBy(), clip.getCutAt())),
        new ContinuityStatement.Disclosure(
            plan.reference(),
            plan.recipient().officer() == null
                ? plan.recipient().organisation()
                : plan.recipient().officer() + ", " + plan.recipient().organisation(),
            plan.recipient().basis().title(),
            plan.recipient().purpose(),
            plan.recipient().expiresAt()),
        item.custody().stream()
            .map(
                e ->
                    new ContinuityStatement.CustodyEvent(
                        e.getSeq(),
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction(),
                        e.getDetails(),
                        e.getHash()))
            .toList());
  }

  private static Map<String, Object> details(PackagePlan plan) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("package", plan.reference());
    details.put("case", plan.evidenceCase().getReference());
    plan.evidenceCase().getPoliceReference().ifPresent(r -> details.put("policeReference", r));
    plan.evidenceCase().getCpsUrn().ifPresent(u -> details.put("cpsUrn", u));
    details.put("recipient", plan.recipient().kind().title());
    details.put("organisation", plan.recipient().organisation());
    if (plan.recipient().officer() != null) {
      details.put("officer", plan.recipient().officer());
    }
    details.put("lawfulBasis", plan.recipient().basis().title());
    details.put("purpose", plan.recipient().purpose());
    details.put("expires", plan.recipient().expiresAt().toString());
    details.put("producedBy", plan.producedBy());
    details.put("producedAt", plan.plannedAt().toString());
    details.put(
        "howToCheck",
        "Run 'sha256sum -c SHA256SUMS' in this folder; check each continuity statement's"
            + " signature with 'pdfsig'.");
    return details;
  }
}
