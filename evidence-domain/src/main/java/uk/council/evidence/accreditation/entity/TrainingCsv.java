package uk.council.evidence.accreditation.entity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Training records from a CSV file, as a learning system or a spreadsheet exports them: a header
 * line {@code username,course,completed,expires}, then one record a line (dates as 2026-03-31,
 * {@code expires} empty for a course that does not expire). Fields may be quoted, with {@code ""}
 * for a quote inside. Reading only splits the file; each line's values are checked as a record.
 */
public final class TrainingCsv {

  /** The largest file taken, in bytes. */
  public static final int LARGEST_FILE = 1_000_000;

  /** The most records one file may hold. */
  public static final int MOST_LINES = 5_000;

  static final List<String> HEADER = List.of("username", "course", "completed", "expires");

  private TrainingCsv() {}

  /** One line's values, and its number in the file (the header is line 1). */
  public record Line(int number, TrainingRecord.Form form) {}

  /**
   * The file's lines after the header; blank lines are passed over.
   *
   * @throws InvalidInput if there is no file, it is too large, not UTF-8 text, its header is not
   *     the one above, a line does not have four fields, or it has too many lines; the message
   *     names the line
   */
  public static List<Line> read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInput("file", "Choose a CSV file of training records.");
    }
    if (bytes.length > LARGEST_FILE) {
      throw new InvalidInput("file", "The file is larger than 1 MB: split it into smaller files.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInput("file", "The file is not text in UTF-8: save it as CSV UTF-8.");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\n|\r", -1);
    List<String> header = fields(lines[0], 1);
    if (!header.stream()
        .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
        .toList()
        .equals(HEADER)) {
      throw new InvalidInput(
          "file", "The first line must be the header: username,course,completed,expires.");
    }
    List<Line> read = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> values = fields(lines[i], i + 1);
      if (values.size() != HEADER.size()) {
        throw new InvalidInput(
            "file",
            "Line "
                + (i + 1)
                + " has "
                + values.size()
                + " fields; each line has four: "
                + "username, course, completed, expires (which may be empty).");
      }
      if (read.size() == MOST_LINES) {
        throw new InvalidInput(
            "file",
            "The file has more than " + MOST_LINES + " records: split it into smaller files.");
      }
      read.add(
          new Line(
              i + 1,
              new TrainingRecord.Form(values.get(0), values.get(1), values.get(2), values.get(3))));
    }
    if (read.isEmpty()) {
      throw new InvalidInput("file", "The file has a header but no records.");
    }
    return read;
  }

  /** The fields of one line, quotes undone. */
  static List<String> fields(String line, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidInput("file", "Line " + number + " has a quote that is not closed.");
    }
    fields.add(field.toString());
    return fields;
  }
}
