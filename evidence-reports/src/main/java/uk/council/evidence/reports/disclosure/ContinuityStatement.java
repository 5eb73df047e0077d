package uk.council.evidence.reports.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.reports.JsonText;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.ReportDescription;
import uk.council.evidence.reports.pdf.SigningKey;

/**
 * The continuity statement of one item in a disclosure package, a case's exhibit or a recording
 * found for a request: where the file the recipient holds came from and everything the audit log
 * records about it, as a signed PDF.
 *
 * <p>It is what the police and the CPS need to show a court that the footage is what it claims to
 * be and has not been interfered with: the case and exhibit (or the request), the recording
 * (camera, wearer, when, the SHA-256 of the original as uploaded), the file disclosed (the original
 * itself, or a clip with its range, who cut it and when), to whom and why it was disclosed, and the
 * chain of custody, every audit event about the recording, the exhibit and the file, each with its
 * place in the hash-chained log. It ends with how the recipient checks the file, the statement and
 * the log themselves. The same data is attached as {@code continuity.json}.
 *
 * <p>The statement lists the custody events it is given, all of them, over as many pages as it
 * takes; it never shortens the list.
 *
 * <p>Safe for concurrent use; hold one instance.
 */
public final class ContinuityStatement {

  /** The report kind, in metadata and data. */
  public static final String KIND = "continuity-statement";

  static final String DATA_FILE = "continuity.json";

  private static final String TEMPLATE = "continuity-statement";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final SignedPdfs pdfs;

  /**
   * @param pdfs how signed reports come out (shared with other reports)
   */
  public ContinuityStatement(SignedPdfs pdfs) {
    this.pdfs = pdfs;
  }

  /**
   * What the file disclosed is to the council: an exhibit in a case ({@link Exhibit}), or footage
   * found for a request ({@link RequestFootage}).
   */
  public sealed interface Source permits Exhibit, RequestFootage {}

  /**
   * The exhibit and the case it is in.
   *
   * @param reference the exhibit reference, e.g. {@code JS/1}
   * @param producer the name of the person who produced the exhibit
   * @param caseReference the council's case reference, e.g. {@code BWV-2026-0007}
   * @param caseType what the case is about, as the council names it, e.g. "Assault on staff"
   * @param policeReference the police crime reference, or null if there is none yet
   * @param cpsUrn the CPS unique reference number, or null if there is none yet
   */
  public record Exhibit(
      String reference,
      String producer,
      String caseReference,
      String caseType,
      String policeReference,
      String cpsUrn)
      implements Source {

    public Exhibit {
      required(reference, "the exhibit reference");
      required(producer, "who produced the exhibit");
      required(caseReference, "the case reference");
      required(caseType, "the case type");
      policeReference = blankAsNull(policeReference);
      cpsUrn = blankAsNull(cpsUrn);
    }
  }

  /**
   * A recording found for a request (a subject access request, an FOI request, a third party's) and
   * disclosed in answer to it.
   *
   * @param requestReference the council's request reference, e.g. {@code SAR-2027-0004}
   * @param requestType what kind of request it is, e.g. "Subject access request"
   * @param disclosedBy the name of the person who disclosed it
   */
  public record RequestFootage(String requestReference, String requestType, String disclosedBy)
      implements Source {

    public RequestFootage {
      required(requestReference, "the request reference");
      required(requestType, "the request type");
      required(disclosedBy, "who disclosed the footage");
    }
  }

  /**
   * The recording the file comes from, as the system registered it when a dock uploaded it.
   *
   * @param id the recording's id in the system
   * @param cameraSerial the serial number of the camera that recorded it
   * @param wearer who wore the camera at the recorded start, or null if nobody was assigned it (an
   *     unattributed, pooled camera)
   * @param serviceArea the service area it was recorded in, or null if none is recorded
   * @param recordedStart when recording started, by the camera's clock
   * @param recordedEnd when it ended
   * @param duration the length of the video
   * @param sizeBytes the size of the original file
   * @param sha256 the SHA-256 of the original file, 64 hex digits, computed on upload
   * @param dock the name of the dock that uploaded it
   * @param uploadedAt when the upload was complete
   */
  public record Recording(
      long id,
      String cameraSerial,
      String wearer,
      String serviceArea,
      Instant recordedStart,
      Instant recordedEnd,
      Duration duration,
      long sizeBytes,
      String sha256,
      String dock,
      Instant uploadedAt) {

    /**
     * @throws IllegalArgumentException if a required text is blank, the recording ends before it
     *     starts, its length or size is not positive, or the SHA-256 is not 64 hex digits
     */
    public Recording {
      required(cameraSerial, "the camera's serial number");
      wearer = blankAsNull(wearer);
      serviceArea = blankAsNull(serviceArea);
      Objects.requireNonNull(recordedStart, "recordedStart");
      Objects.requireNonNull(recordedEnd, "recordedEnd");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(uploadedAt, "uploadedAt");
      if (recordedEnd.isBefore(recordedStart)) {
        throw new IllegalArgumentException("Recording " + id + " ends before it starts");
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("Recording " + id + " has no length");
      }
      if (sizeBytes <= 0) {
        throw new IllegalArgumentException("Recording " + id + " has no size");
      }
      sha256 = checkedSha256(sha256, "the original recording");
      required(dock, "the dock that uploaded the recording");
    }
  }

  /**
   * The part of the recording a clip was cut from, and by whom.
   *
   * @param start where the clip starts, from the beginning of the recording
   * @param end where it ends
   * @param asked the part asked for: cut without re-encoding, a clip starts on the key frame at or
   *     before the start asked for, so the two can differ and both are stated
   * @param cutBy the username of whoever cut it
   * @param cutAt when it was cut
   */
  public record Clip(Duration start, Duration end, ClipRange asked, String cutBy, Instant cutAt) {

    /**
     * @throws IllegalArgumentException if the clip starts before the recording or does not end
     *     after it starts
     */
    public Clip {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(asked, "asked");
      Objects.requireNonNull(cutAt, "cutAt");
      required(cutBy, "who cut the clip");
      if (start.isNegative() || end.compareTo(start) <= 0) {
        throw new IllegalArgumentException(
            "A clip ends after it starts, within the recording: " + start + " to " + end);
      }
    }

    Duration length() {
      return end.minus(start);
    }
  }

  /**
   * The file in the package that this statement is about.
   *
   * @param path where it is in the package, e.g. {@code exhibits/JS-1.mp4}
   * @param sha256 its SHA-256, 64 hex digits, as the package's manifest lists it
   * @param sizeBytes its size
   * @param clip the part of the recording it was cut from, or null if it is not a clip
   * @param redacted how it was redacted, or null if it is not a redacted copy
   * @param unredactedBecause for the original disclosed for a request without redaction, why; or
   *     null
   */
  public record DisclosedFile(
      String path,
      String sha256,
      long sizeBytes,
      Clip clip,
      Redacted redacted,
      String unredactedBecause) {

    public DisclosedFile {
      required(path, "the file's path in the package");
      sha256 = checkedSha256(sha256, "the disclosed file");
      if (sizeBytes <= 0) {
        throw new IllegalArgumentException("The disclosed file " + path + " is empty");
      }
      if (clip != null && redacted != null) {
        throw new IllegalArgumentException(path + " is given as a clip and a redacted copy");
      }
    }

    /** The original or a clip of it, as a case's packages hold them. */
    public DisclosedFile(String path, String sha256, long sizeBytes, Clip clip) {
      this(path, sha256, sizeBytes, clip, null, null);
    }

    /** Whether it is the original recording rather than a clip or a redacted copy of it. */
    public boolean isOriginal() {
      return clip == null && redacted == null;
    }

    /** "original", "clip" or "redacted copy". */
    String kind() {
      return clip != null ? "clip" : redacted != null ? "redacted copy" : "original";
    }
  }

  /**
   * How a redacted copy was made: who made it and when, who watched it to the end, and what it
   * hides, a line each.
   */
  public record Redacted(String madeBy, Instant madeAt, String checkedBy, List<String> hides) {
    public Redacted {
      required(madeBy, "who made the redacted copy");
      Objects.requireNonNull(madeAt, "madeAt");
      hides = List.copyOf(hides);
    }
  }

  /**
   * The disclosure package the file is in.
   *
   * @param reference the package's reference, e.g. {@code DP-2026-0003}
   * @param recipient to whom, as the council recorded it, e.g. "PC 1234 Jane Doe, Metropolitan
   *     Police Service" or "CPS London South"
   * @param lawfulBasis the lawful basis of the disclosure
   * @param purpose what the recipient may use it for
   * @param expiresAt when the recipient's permission to hold the package ends
   */
  public record Disclosure(
      String reference, String recipient, String lawfulBasis, String purpose, Instant expiresAt) {

    public Disclosure {
      required(reference, "the package reference");
      required(recipient, "the recipient");
      required(lawfulBasis, "the lawful basis");
      required(purpose, "the purpose");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }

  /**
   * One event of the chain of custody: an audit log event about the recording, the exhibit, the
   * clip or the package.
   *
   * @param seq the event's sequence number in the audit log
   * @param at when it happened
   * @param actor the username (or dock, or system process) that did it
   * @param action the audit action's name, e.g. {@code FOOTAGE_PLAYED}
   * @param details what the log says besides, or null
   * @param hash the event's hash in the audit chain, 64 hex digits
   */
  public record CustodyEvent(
      long seq, Instant at, String actor, String action, String details, String hash) {

    public CustodyEvent {
      Objects.requireNonNull(at, "at");
      required(actor, "who did it");
      required(action, "the action");
      hash = checkedSha256(hash, "audit event " + seq);
    }
  }

  /**
   * What to put in a statement.
   *
   * @param heading the council, who asked for the statement and when; its period is the span the
   *     chain of custody covers, usually from the recording's start to the statement's making
   * @param source what the file is disclosed as: the exhibit and its case, or footage found for a
   *     request
   * @param recording the recording the file comes from
   * @param file the file disclosed: the original, or a clip of it
   * @param disclosure the package the file is in
   * @param custody every audit event in the heading's period about the recording, the exhibit, the
   *     file and the package, in sequence order (copied), but refused attempts
   * @param refusedAttempts how many attempts to open the recording were refused in that period:
   *     counted, not listed, for they are not something that happened to the evidence
   */
  public record Request(
      ReportHeading heading,
      Source source,
      Recording recording,
      DisclosedFile file,
      Disclosure disclosure,
      List<CustodyEvent> custody,
      int refusedAttempts) {

    /**
     * @throws IllegalArgumentException if the file claims to be the original but its SHA-256 or
     *     size differ from the recording's, a clip ends after the recording does, or an event lies
     *     outside the heading's period or out of sequence order: a statement that misstates the
     *     continuity of evidence is worse than none
     */
    public Request {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(recording, "recording");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(disclosure, "disclosure");
      custody = List.copyOf(custody);
      if (file.isOriginal()
          && (!file.sha256().equals(recording.sha256())
              || file.sizeBytes() != recording.sizeBytes())) {
        throw new IllegalArgumentException(
            "The file "
                + file.path()
                + " is given as the original recording, but its SHA-256 or size differ from the"
                + " recording's");
      }
      if (file.clip() != null && file.clip().end().compareTo(recording.duration()) > 0) {
        throw new IllegalArgumentException(
            "The clip ends at "
                + ClipRange.format(file.clip().end())
                + ", after the recording does, at "
                + ClipRange.format(recording.duration()));
      }
      long previousSeq = Long.MIN_VALUE;
      for (CustodyEvent event : custody) {
        if (!heading.period().contains(event.at())) {
          throw new IllegalArgumentException(
              "Event " + event.seq() + " at " + event.at() + " is outside the period");
        }
        if (event.seq() <= previousSeq) {
          throw new IllegalArgumentException(
              "Events must be in sequence order, each once; event " + event.seq() + " is not");
        }
        previousSeq = event.seq();
      }
    }

    /**
     * The name to offer the statement under, e.g. {@code continuity-JS-1.pdf}, or {@code
     * continuity-recording-4711.pdf} for a request's footage.
     */
    public String fileName() {
      return "continuity-" + itemReference().strip().replaceAll("[^A-Za-z0-9._-]+", "-") + ".pdf";
    }

    /** The item as the statement names it: the exhibit's reference, or "recording 4711". */
    String itemReference() {
      return source instanceof Exhibit e ? e.reference() : "recording " + recording.id();
    }

    /** "exhibit JS/1", or "recording 4711". */
    String item() {
      return source instanceof Exhibit e ? "exhibit " + e.reference() : itemReference();
    }

    /** "case BWV-2026-0007", or "request SAR-2027-0004". */
    String sourceTitle() {
      return source instanceof Exhibit e
          ? "case " + e.caseReference()
          : "request " + ((RequestFootage) source).requestReference();
    }
  }

  /**
   * Produces the signed statement.
   *
   * @return the PDF, its download name (e.g. {@code continuity-JS-1.pdf}) and its SHA-256
   * @throws uk.council.evidence.reports.pdf.SigningKeyException if the signing certificate is not
   *     valid at the heading's generation time
   */
  public SignedReport produce(Request request) {
    // Before the seconds of filling a long statement, not after.
    pdfs.signingKey().checkUsableAt(request.heading().generatedAt());
    Wording wording = new Wording(request);
    return pdfs.produce(
        TEMPLATE,
        wording.parameters(pdfs.signingKey()),
        new CustodyEventRows(request.custody(), request.heading().period()),
        wording.description(),
        DATA_FILE,
        "The data of this statement: case, exhibit, recording, file disclosed, package and every"
            + " custody event with its audit hash",
        data(request),
        request.fileName());
  }

  /** The statement's data as JSON, for machines; the PDF shows the same. */
  static String data(Request r) {
    Map<String, Object> data = r.heading().figures(KIND, 1);

    if (r.source() instanceof Exhibit e) {
      Map<String, Object> inCase = new LinkedHashMap<>();
      inCase.put("reference", e.caseReference());
      inCase.put("type", e.caseType());
      inCase.put("policeReference", e.policeReference());
      inCase.put("cpsUrn", e.cpsUrn());
      data.put("case", inCase);

      Map<String, Object> exhibit = new LinkedHashMap<>();
      exhibit.put("reference", e.reference());
      exhibit.put("producer", e.producer());
      data.put("exhibit", exhibit);
    } else {
      RequestFootage q = (RequestFootage) r.source();
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("reference", q.requestReference());
      request.put("type", q.requestType());
      request.put("disclosedBy", q.disclosedBy());
      data.put("request", request);
    }

    Recording rec = r.recording();
    Map<String, Object> recording = new LinkedHashMap<>();
    recording.put("id", rec.id());
    recording.put("cameraSerial", rec.cameraSerial());
    recording.put("wearer", rec.wearer());
    recording.put("serviceArea", rec.serviceArea());
    recording.put("recordedStart", rec.recordedStart());
    recording.put("recordedEnd", rec.recordedEnd());
    recording.put("durationMillis", rec.duration().toMillis());
    recording.put("sizeBytes", rec.sizeBytes());
    recording.put("sha256", rec.sha256());
    recording.put("uploadedBy", rec.dock());
    recording.put("uploadedAt", rec.uploadedAt());
    data.put("recording", recording);

    DisclosedFile f = r.file();
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("path", f.path());
    file.put("kind", f.kind());
    file.put("sha256", f.sha256());
    file.put("sizeBytes", f.sizeBytes());
    file.put("sha256SameAsRecording", f.sha256().equals(rec.sha256()));
    if (f.redacted() != null) {
      Map<String, Object> redacted = new LinkedHashMap<>();
      redacted.put("madeBy", f.redacted().madeBy());
      redacted.put("madeAt", f.redacted().madeAt());
      redacted.put("checkedBy", f.redacted().checkedBy());
      redacted.put("hides", f.redacted().hides());
      file.put("redacted", redacted);
    }
    if (f.unredactedBecause() != null) {
      file.put("unredactedBecause", f.unredactedBecause());
    }
    if (f.clip() == null) {
      file.put("clip", null);
    } else {
      Clip c = f.clip();
      Map<String, Object> clip = new LinkedHashMap<>();
      clip.put("startMillis", c.start().toMillis());
      clip.put("endMillis", c.end().toMillis());
      clip.put("start", ClipRange.format(c.start()));
      clip.put("end", ClipRange.format(c.end()));
      clip.put("askedStart", ClipRange.format(c.asked().start()));
      clip.put("askedEnd", ClipRange.format(c.asked().end()));
      clip.put("cutBy", c.cutBy());
      clip.put("cutAt", c.cutAt());
      file.put("clip", clip);
    }
    data.put("file", file);

    Disclosure d = r.disclosure();
    Map<String, Object> disclosure = new LinkedHashMap<>();
    disclosure.put("reference", d.reference());
    disclosure.put("recipient", d.recipient());
    disclosure.put("lawfulBasis", d.lawfulBasis());
    disclosure.put("purpose", d.purpose());
    disclosure.put("expiresAt", d.expiresAt());
    data.put("disclosure", disclosure);

    List<Map<String, Object>> events = new ArrayList<>(r.custody().size());
    for (CustodyEvent c : r.custody()) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("seq", c.seq());
      event.put("at", c.at());
      event.put("actor", c.actor());
      event.put("action", c.action());
      event.put("details", c.details());
      event.put("hash", c.hash());
      events.add(event);
    }
    data.put("custodyEventCount", events.size());
    data.put("refusedAttempts", r.refusedAttempts());
    data.put("custodyEvents", events);
    return JsonText.write(data);
  }

  /** Every sentence and formatted value of one statement. */
  private static final class Wording {

    static final String NONE = "None recorded";

    private final Request r;
    private final ReportHeading heading;

    Wording(Request r) {
      this.r = r;
      this.heading = r.heading();
    }

    String title() {
      return "Continuity statement — " + r.item();
    }

    Map<String, Object> parameters(SigningKey key) {
      Map<String, Object> p =
          heading.parameters(key, "the sequence number gives the order of events.");
      Recording rec = r.recording();
      DisclosedFile f = r.file();
      Disclosure d = r.disclosure();

      p.put("TITLE_TEXT", title());
      String source = r.sourceTitle();
      p.put(
          "SUBTITLE_TEXT",
          Character.toUpperCase(source.charAt(0))
              + source.substring(1)
              + " · disclosure package "
              + d.reference());

      if (r.source() instanceof Exhibit e) {
        p.put("SOURCE_HEADING", "Case and exhibit");
        p.put("SOURCE_REFERENCE_LABEL", "Case reference");
        p.put("SOURCE_REFERENCE", e.caseReference());
        p.put("SOURCE_TYPE_LABEL", "Case type");
        p.put("SOURCE_TYPE", printable(e.caseType()));
        p.put("IS_CASE", true);
        p.put("POLICE_REFERENCE", orNone(e.policeReference()));
        p.put("CPS_URN", orNone(e.cpsUrn()));
        p.put("ITEM_LABEL", "Exhibit");
        p.put("ITEM_REFERENCE", e.reference());
        p.put("PRODUCER_LABEL", "Produced by");
        p.put("PRODUCER", printable(e.producer()));
      } else {
        RequestFootage q = (RequestFootage) r.source();
        p.put("SOURCE_HEADING", "Request and footage");
        p.put("SOURCE_REFERENCE_LABEL", "Request reference");
        p.put("SOURCE_REFERENCE", q.requestReference());
        p.put("SOURCE_TYPE_LABEL", "Request type");
        p.put("SOURCE_TYPE", printable(q.requestType()));
        p.put("IS_CASE", false);
        p.put("ITEM_LABEL", "Footage");
        p.put("ITEM_REFERENCE", "Recording " + rec.id());
        p.put("PRODUCER_LABEL", "Disclosed by");
        p.put("PRODUCER", printable(q.disclosedBy()));
      }

      p.put("PACKAGE_REFERENCE", d.reference());
      p.put("RECIPIENT", printable(d.recipient()));
      p.put("LAWFUL_BASIS", printable(d.lawfulBasis()));
      p.put("PURPOSE", printable(d.purpose()));
      p.put("EXPIRES_TEXT", time(d.expiresAt()));

      p.put("RECORDING_ID", Long.toString(rec.id()));
      p.put("CAMERA", printable(rec.cameraSerial()));
      p.put(
          "WEARER_TEXT",
          rec.wearer() == null
              ? "Unattributed: the camera was not assigned to anyone when recording started"
              : printable(rec.wearer()));
      p.put("SERVICE_AREA", orNone(rec.serviceArea()));
      p.put("RECORDED_TEXT", time(rec.recordedStart()) + " to " + time(rec.recordedEnd()));
      p.put("DURATION_TEXT", durationText(rec.duration()));
      p.put("RECORDING_SIZE", sizeText(rec.sizeBytes()));
      p.put("RECORDING_SHA256", rec.sha256());
      p.put(
          "UPLOADED_TEXT",
          time(rec.uploadedAt()) + ", from the dock “" + printable(rec.dock()) + "”");

      p.put("FILE_PATH", f.path());
      p.put(
          "FILE_KIND",
          f.clip() != null
              ? "A clip: a new file cut from part of the recording"
              : f.redacted() != null
                  ? "A redacted copy: a new file made from the whole recording, with other people"
                      + " and other details hidden"
                  : f.unredactedBecause() != null
                      ? "The original recording, unaltered; disclosed without redaction because: "
                          + printable(f.unredactedBecause())
                      : "The original recording, unaltered");
      p.put("IS_CLIP", f.clip() != null);
      if (f.clip() != null) {
        Clip c = f.clip();
        p.put("CLIP_RANGE", clipRangeText(c) + askedText(c));
        p.put("CLIP_CUT_TEXT", printable(c.cutBy()) + ", " + time(c.cutAt()));
      }
      p.put("FILE_SIZE", sizeText(f.sizeBytes()));
      p.put("FILE_SHA256", f.sha256());
      p.put("HASH_STATEMENT", hashStatement());

      p.put("CUSTODY_INTRO", custodyIntro());
      p.put("LISTED_COUNT", r.custody().size());
      p.put("CHECK_FILE_TEXT", checkFileText());
      p.put("CHECK_FILE_COMMANDS", checkFileCommands());
      p.put("CHECK_STATEMENT_TEXT", checkStatementText());
      p.put("CHECK_STATEMENT_COMMANDS", "pdfsig " + r.fileName());
      p.put("CHECK_LOG_TEXT", checkLogText());
      p.put("END_TEXT", endText());
      return p;
    }

    private String hashStatement() {
      DisclosedFile f = r.file();
      if (f.redacted() != null) {
        Redacted d = f.redacted();
        return "This file is a redacted copy of the original recording, made by "
            + printable(d.madeBy())
            + ", "
            + time(d.madeAt())
            + (d.checkedBy() == null
                ? ""
                : ", and watched to the end by " + printable(d.checkedBy()))
            + ". The original recording is kept unchanged, with the SHA-256 above; the copy is a"
            + " different file, so the SHA-256 shown here is its own. What it hides: "
            + (d.hides().isEmpty()
                ? "nothing."
                : String.join("; ", d.hides().stream().map(ContinuityStatement::printable).toList())
                    + ".");
      }
      if (f.isOriginal()) {
        return "The SHA-256 of this file is the same as the SHA-256 of the original recording"
            + " above, computed when the dock uploaded it: the file is an exact copy of the"
            + " original recording, bit for bit.";
      }
      return "This file is a clip, a new file made from "
          + clipRangeText(f.clip())
          + ". The original recording is kept unchanged, with the SHA-256 above. A clip is a"
          + " different file, so its SHA-256 differs from the original's: the SHA-256 shown here"
          + " is the clip's own.";
    }

    private String custodyIntro() {
      int n = r.custody().size();
      String scope =
          "the audit log of BWV Evidence about recording "
              + r.recording().id()
              + (r.source() instanceof Exhibit e ? ", exhibit " + e.reference() : "")
              + (r.file().isOriginal() ? "" : ", the " + r.file().kind())
              + " and disclosure package "
              + r.disclosure().reference()
              + " in the period covered";
      if (n == 0) {
        return "No events are recorded in " + scope + "." + refusedText();
      }
      return (n == 1 ? "The one event" : String.format(Locale.UK, "All %,d events", n))
          + " recorded in "
          + scope
          + (n == 1 ? "." : ", in sequence order.")
          + " Beneath each event is its hash in the audit chain."
          + refusedText();
    }

    /** Refused attempts are not custody events: how many there were, said once. */
    private String refusedText() {
      int refused = r.refusedAttempts();
      return refused == 0
          ? ""
          : String.format(
              Locale.UK,
              " %s to open the recording by people not allowed to %s not listed: %s not"
                  + " something that happened to the evidence; the audit log holds %s.",
              refused == 1 ? "One attempt" : String.format(Locale.UK, "%,d attempts", refused),
              refused == 1 ? "is" : "are",
              refused == 1 ? "it is" : "they are",
              refused == 1 ? "it" : "each one");
    }

    private String checkFileText() {
      return "Compute the SHA-256 of the file as you hold it and compare it with the SHA-256 of"
          + " the file disclosed, printed above: all 64 characters must be the same. If even one"
          + " bit of the file had changed, its SHA-256 would be entirely different. In the"
          + " package's folder, the first three commands print it. The package's SHA256SUMS lists"
          + " the same SHA-256 for this file, and the last command checks every file in the"
          + " package against it at once.";
    }

    private String checkFileCommands() {
      String path = r.file().path();
      return "Linux:    sha256sum "
          + path
          + "\nmacOS:    shasum -a 256 "
          + path
          + "\nWindows:  Get-FileHash -Algorithm SHA256 "
          + path
          + "\nAll files in the package (Linux): sha256sum -c SHA256SUMS";
    }

    private String checkStatementText() {
      return "This PDF is digitally signed with the council's certificate named at the top. A PDF"
          + " reader's signature panel, or Poppler's pdfsig, shows whether it has been changed"
          + " since it was signed. The data it was made from is attached to it as "
          + DATA_FILE
          + ".";
    }

    private String checkLogText() {
      return "The events listed are entries in the council's audit log, to which entries can only"
          + " be added. Each entry's hash is a SHA-256 over the entry and the hash of the entry"
          + " before it, so that all the entries, these and those about other matters between"
          + " them, form one chain: changing, removing or inserting an entry later would break"
          + " the chain from that entry on, and the council's verification of the log would show"
          + " it. The hashes printed here can be compared with the log at any later time.";
    }

    private String endText() {
      int n = r.custody().size();
      String end = "End of the continuity statement for " + r.item() + ".";
      if (n == 0) {
        return end + " No custody events are recorded in the period covered.";
      }
      return end
          + (n == 1
              ? " The one custody event is listed."
              : String.format(Locale.UK, " All %,d custody events are listed.", n));
    }

    ReportDescription description() {
      List<String> keywords = new ArrayList<>();
      keywords.add("continuity statement");
      keywords.add("chain of custody");
      keywords.add("disclosure");
      String about;
      if (r.source() instanceof Exhibit e) {
        keywords.add(e.caseReference());
        keywords.add(e.reference());
        keywords.add(r.disclosure().reference());
        if (e.policeReference() != null) {
          keywords.add(e.policeReference());
        }
        if (e.cpsUrn() != null) {
          keywords.add(e.cpsUrn());
        }
        about =
            "The continuity of exhibit "
                + e.reference()
                + " in case "
                + e.caseReference()
                + ": recording "
                + r.recording().id();
      } else {
        RequestFootage q = (RequestFootage) r.source();
        keywords.add(q.requestReference());
        keywords.add(r.item());
        keywords.add(r.disclosure().reference());
        about =
            "The continuity of recording "
                + r.recording().id()
                + ", disclosed for request "
                + q.requestReference();
      }
      ReportDescription base =
          heading.description(
              KIND,
              "Continuity statement",
              about
                  + ", the file "
                  + r.file().path()
                  + " (SHA-256 "
                  + r.file().sha256()
                  + ") disclosed in package "
                  + r.disclosure().reference()
                  + ", and its chain of custody from the audit log.",
              keywords);
      // A statement is known by its item and its case or request, not by its period.
      return new ReportDescription(
          base.kind(),
          title() + ", " + r.sourceTitle() + ": " + heading.councilName(),
          base.author(),
          base.subject(),
          base.keywords(),
          base.organisation(),
          base.periodStart(),
          base.periodEnd(),
          base.createdAt(),
          base.signingReason());
    }

    private String time(Instant instant) {
      return heading.period().time(instant);
    }

    private static String orNone(String text) {
      return text == null ? NONE : printable(text);
    }
  }

  /** "1:05 to 1:35 of the recording (30 seconds)". */
  static String clipRangeText(Clip clip) {
    return ClipRange.format(clip.start())
        + " to "
        + ClipRange.format(clip.end())
        + " of the recording ("
        + lengthWords(clip.length())
        + ")";
  }

  /**
   * ". Asked for 0:05 to 0:12; cut without re-encoding, a clip starts on the key frame at or before
   * the start asked for", or ", as asked" when the two agree.
   */
  static String askedText(Clip clip) {
    if (clip.asked().start().equals(clip.start()) && clip.asked().end().equals(clip.end())) {
      return ", as asked.";
    }
    return ". Asked for "
        + ClipRange.format(clip.asked().start())
        + " to "
        + ClipRange.format(clip.asked().end())
        + ": cut without re-encoding, a clip starts on the key frame at or before the start asked"
        + " for and ends on the frame at or after the end asked for.";
  }

  /** "4:30 (4 minutes 30 seconds)". */
  static String durationText(Duration duration) {
    return ClipRange.format(duration) + " (" + lengthWords(duration) + ")";
  }

  /** "1 hour 2 minutes 3.5 seconds", to the tenth of a second as {@link ClipRange} shows it. */
  static String lengthWords(Duration d) {
    long tenths = d.toMillis() / 100;
    long hours = tenths / 36_000;
    long minutes = tenths / 600 % 60;
    long secondTenths = tenths % 600;
    List<String> parts = new ArrayList<>();
    if (hours > 0) {
      parts.add(hours + (hours == 1 ? " hour" : " hours"));
    }
    if (minutes > 0) {
      parts.add(minutes + (minutes == 1 ? " minute" : " minutes"));
    }
    if (secondTenths > 0 || parts.isEmpty()) {
      String seconds =
          secondTenths % 10 == 0
              ? Long.toString(secondTenths / 10)
              : secondTenths / 10 + "." + secondTenths % 10;
      parts.add(seconds + (secondTenths == 10 ? " second" : " seconds"));
    }
    return String.join(" ", parts);
  }

  /** "1,234,567,890 bytes (1.2 GB)": exact, and readable. */
  static String sizeText(long bytes) {
    String exact = String.format(Locale.UK, "%,d", bytes) + (bytes == 1 ? " byte" : " bytes");
    if (bytes >= 1_000_000_000L) {
      return exact + String.format(Locale.UK, " (%.1f GB)", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return exact + String.format(Locale.UK, " (%.1f MB)", bytes / 1e6);
    }
    return exact;
  }

  /**
   * Control characters other than line breaks and tabs would print as nothing or as boxes; they
   * show as the replacement character, so that the reader sees that something was there.
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lines.length());
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
    }
    return out.toString();
  }

  private static void required(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A continuity statement needs " + what);
    }
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String checkedSha256(String hex, String of) {
    String lower = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(lower).matches()) {
      throw new IllegalArgumentException("The SHA-256 of " + of + " is not 64 hex digits: " + hex);
    }
    return lower;
  }
}
