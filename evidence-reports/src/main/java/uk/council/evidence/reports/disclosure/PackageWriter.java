package uk.council.evidence.reports.disclosure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Writes the ZIP of a planned package: each item's footage, hashed as it is copied in and checked
 * against the SHA-256 the council recorded for it; each item's signed continuity statement; then
 * the manifest and the checksums. Plain Java and no transaction: it reads the stored files and
 * writes a stream, which may take minutes for long recordings.
 */
public final class PackageWriter {

  private final ContinuityStatement statements;
  private final String councilName;
  private final String producedBy;
  private final Clock clock;

  /**
   * @param statements the continuity statement with the council's templates and signing key
   * @param councilName the council, as the statements name it
   * @param producedBy the username of whoever builds the package, as the statements name them
   */
  public PackageWriter(
      ContinuityStatement statements, String councilName, String producedBy, Clock clock) {
    this.statements = Objects.requireNonNull(statements, "statements");
    this.councilName = Objects.requireNonNull(councilName, "councilName");
    this.producedBy = Objects.requireNonNull(producedBy, "producedBy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A stored file that no longer matches the SHA-256 the council recorded for it. */
  public static final class FootageChanged extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    FootageChanged(String message) {
      super(message);
    }
  }

  /**
   * Writes the package to {@code out}, which is left open.
   *
   * @return every file written with its SHA-256, and the ZIP's own
   * @throws FootageChanged if a stored file no longer matches its recorded SHA-256; what was
   *     written must then be thrown away
   */
  public PackageContents write(PackagePlan plan, OutputStream out) throws IOException {
    List<PackageContents.File> written = new ArrayList<>();
    DisclosureZip.Sealed sealed;
    try (DisclosureZip zip = new DisclosureZip(new Unclosed(out))) {
      for (PackagePlan.Item item : plan.items()) {
        PackageContents.File footage = addFootage(zip, item);
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
            new PackageContents.File(
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
            new PackageContents.File(
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
    return new PackageContents(written, sealed.sha256(), sealed.size());
  }

  /** Copies the item's file in; refuses one whose bytes no longer match what was recorded. */
  private PackageContents.File addFootage(DisclosureZip zip, PackagePlan.Item item)
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
      throw new FootageChanged(
          "The stored file of exhibit "
              + item.exhibit().getReference()
              + " no longer matches its SHA-256 (recorded "
              + expected
              + ", read "
              + f.sha256()
              + "): no package was built. Report this to an administrator.");
    }
    return new PackageContents.File(
        f.path(),
        clip ? DisclosureFile.Kind.CLIP : DisclosureFile.Kind.ORIGINAL,
        item.exhibit().getId(),
        clip ? item.clip().getId() : null,
        f.sha256(),
        f.size());
  }

  /**
   * The continuity statement of one item: the recording, the file disclosed, the package, and every
   * audit event about the recording up to the plan, the period covering them all.
   */
  private ContinuityStatement.Request statement(
      PackagePlan plan, PackagePlan.Item item, PackageContents.File footage) {
    Instant now = clock.instant();
    var recording = item.recording();
    Instant first =
        item.custody().isEmpty()
                || recording.getRecordedStart().isBefore(item.custody().get(0).getOccurredAt())
            ? recording.getRecordedStart()
            : item.custody().get(0).getOccurredAt();
    ReportHeading heading =
        new ReportHeading(
            councilName,
            new ReportPeriod(first, now.plusSeconds(1), ReportPeriod.UK_TIME),
            producedBy,
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

  /** The caller's stream, which closing the ZIP must not close: the caller forces it to disk. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
