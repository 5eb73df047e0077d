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
import uk.council.evidence.audit.entity.Custody;
import uk.council.evidence.casework.entity.CaseSource;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.PackageWriting;
import uk.council.evidence.casework.entity.RequestSource;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Writes the ZIP of a planned package, whether its source is a case or a request: each item's
 * footage, hashed as it is copied in and checked against the SHA-256 the council recorded for it;
 * each item's signed continuity statement; then the manifest and the checksums. Plain Java and no
 * transaction: it reads the stored files and writes a stream, which may take minutes for long
 * recordings.
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
   * @param progress told how much footage has been copied in, of how much, as it is copied
   * @return every file written with its SHA-256, and the ZIP's own
   * @throws FootageChanged if a stored file no longer matches its recorded SHA-256; what was
   *     written must then be thrown away
   */
  public PackageContents write(PackagePlan plan, OutputStream out, PackageWriting.Progress progress)
      throws IOException {
    long footageBytes = 0;
    for (PackagePlan.Item item : plan.items()) {
      footageBytes += Files.size(item.source());
    }
    Copied copied = new Copied(footageBytes, progress);
    List<PackageContents.File> written = new ArrayList<>();
    DisclosureZip.Sealed sealed;
    try (DisclosureZip zip = new DisclosureZip(new Unclosed(out))) {
      for (PackagePlan.Item item : plan.items()) {
        PackageContents.File footage = addFootage(zip, item, copied);
        written.add(footage);
        SignedReport statement = statements.produce(statement(plan, item, footage));
        Map<String, Object> about = new LinkedHashMap<>();
        named(about, item);
        about.put("about", "signed continuity statement");
        DisclosureZip.PackedFile pdf =
            zip.add(
                item.directory() + statement.fileName(),
                new ByteArrayInputStream(statement.pdf()),
                true,
                about);
        written.add(
            new PackageContents.File(
                pdf.path(),
                DisclosureFile.Kind.CONTINUITY,
                item.exhibitId(),
                item.recording().getId(),
                null,
                pdf.sha256(),
                pdf.size()));
      }
      sealed = zip.finish(plan.manifest());
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
                null,
                f.sha256(),
                f.size()));
      }
    }
    return new PackageContents(written, sealed.sha256(), sealed.size());
  }

  /** Copies the item's file in; refuses one whose bytes no longer match what was recorded. */
  private PackageContents.File addFootage(DisclosureZip zip, PackagePlan.Item item, Copied copied)
      throws IOException {
    boolean clip = item.clip() != null;
    boolean redacted = item.redacted() != null;
    String expected =
        clip
            ? item.clip().getSha256()
            : redacted ? item.redacted().sha256() : item.recording().getSha256();
    Map<String, Object> about = new LinkedHashMap<>();
    named(about, item);
    about.put("recordingId", item.recording().getId());
    about.put("camera", item.recording().getCamera().getSerial());
    about.put("recordedStart", item.recording().getRecordedStart().toString());
    about.put("recordedEnd", item.recording().getRecordedEnd().toString());
    about.put("recordingSha256", item.recording().getSha256());
    if (clip) {
      about.put("clipStart", item.clip().getStart().toMillis() / 1000.0);
      about.put("clipEnd", item.clip().getEnd().toMillis() / 1000.0);
    }
    if (redacted) {
      about.put("redactedCopy", true);
      about.put("redactedBy", item.redacted().madeBy());
      about.put("redactedAt", item.redacted().madeAt().toString());
      about.put("hides", item.redacted().hides());
    }
    if (item.unredactedBecause() != null) {
      about.put("unredactedBecause", item.unredactedBecause());
    }
    DisclosureZip.PackedFile f;
    try (InputStream in = copied.counting(Files.newInputStream(item.source()))) {
      f = zip.add(item.path(), in, false, about);
    }
    if (!f.sha256().equals(expected)) {
      throw new FootageChanged(
          "The stored file of "
              + item.label()
              + " no longer matches its SHA-256 (recorded "
              + expected
              + ", read "
              + f.sha256()
              + "): no package was built. Report this to an administrator.");
    }
    return new PackageContents.File(
        f.path(),
        clip
            ? DisclosureFile.Kind.CLIP
            : redacted ? DisclosureFile.Kind.REDACTED : DisclosureFile.Kind.ORIGINAL,
        item.exhibitId(),
        item.recording().getId(),
        clip ? item.clip().getId() : null,
        f.sha256(),
        f.size());
  }

  /** What the manifest calls the item: its exhibit, or for a request the recording alone. */
  private static void named(Map<String, Object> about, PackagePlan.Item item) {
    if (item.exhibit() != null) {
      about.put("exhibit", item.exhibit().getReference().toString());
    }
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
    var clip = item.clip();
    return new ContinuityStatement.Request(
        heading,
        source(plan, item),
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
                    clip.getStart(),
                    clip.getEnd(),
                    clip.getAsked(),
                    clip.getCutBy(),
                    clip.getCutAt()),
            item.redacted() == null
                ? null
                : new ContinuityStatement.Redacted(
                    item.redacted().madeBy(),
                    item.redacted().madeAt(),
                    item.redacted().checkedBy(),
                    item.redacted().hides()),
            item.unredactedBecause()),
        new ContinuityStatement.Disclosure(
            plan.reference(),
            plan.recipient().name(),
            plan.recipient().basis().title(),
            plan.recipient().purpose(),
            plan.recipient().expiresAt()),
        Custody.of(item.custody()).events().stream()
            .map(
                e ->
                    new ContinuityStatement.CustodyEvent(
                        e.getSeq(),
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction(),
                        e.getDetails(),
                        e.getHash()))
            .toList(),
        Custody.of(item.custody()).refused().size());
  }

  /** What the statement says the file is: the exhibit and its case, or the request's footage. */
  private static ContinuityStatement.Source source(PackagePlan plan, PackagePlan.Item item) {
    if (plan.source() instanceof CaseSource c) {
      var evidenceCase = c.evidenceCase();
      return new ContinuityStatement.Exhibit(
          item.exhibit().getReference().toString(),
          item.exhibit().getProducerName(),
          evidenceCase.getReference(),
          evidenceCase.getType().title(),
          evidenceCase.getPoliceReference().orElse(null),
          evidenceCase.getCpsUrn().orElse(null));
    }
    RequestSource request = (RequestSource) plan.source();
    return new ContinuityStatement.RequestFootage(
        request.reference(), request.type(), plan.producedBy());
  }

  /** How much of the package's footage has been read into it, told as it grows. */
  private static final class Copied {
    private final long of;
    private final PackageWriting.Progress progress;
    private long done;

    Copied(long of, PackageWriting.Progress progress) {
      this.of = of;
      this.progress = progress;
    }

    InputStream counting(InputStream in) {
      return new java.io.FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            done += n;
            progress.at(Math.min(done, of), of);
          }
          return n;
        }
      };
    }
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
