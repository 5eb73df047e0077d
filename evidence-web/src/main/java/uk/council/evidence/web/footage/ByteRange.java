package uk.council.evidence.web.footage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of bytes asked for with an HTTP {@code Range} header (RFC 9110 section 14), as a video
 * player asks when it seeks.
 *
 * @param first the first byte, from 0
 * @param last the last byte, inclusive
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  long length() {
    return last - first + 1;
  }

  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  /** What a request with this header gets of a file of {@code size} bytes. */
  sealed interface Answer {}

  /** The whole file: no header, or one this server does not serve in parts (several ranges). */
  record Whole() implements Answer {}

  /** One part. */
  record Part(ByteRange range) implements Answer {}

  /** A range that lies outside the file: 416. */
  record Unsatisfiable() implements Answer {}

  static Answer answer(String header, long size) {
    if (header == null || header.isBlank()) {
      return new Whole();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      // Several ranges or another unit: a server may ignore Range and send everything.
      return new Whole();
    }
    Optional<Long> first = number(m.group(1));
    Optional<Long> last = number(m.group(2));
    if (first.isEmpty() && last.isEmpty()) {
      return new Whole();
    }
    if (first.isEmpty()) {
      // bytes=-N: the last N bytes.
      long n = last.get();
      if (n == 0 || size == 0) {
        return new Unsatisfiable();
      }
      return new Part(new ByteRange(Math.max(0, size - n), size - 1));
    }
    long from = first.get();
    if (from >= size) {
      return new Unsatisfiable();
    }
    if (last.isPresent() && last.get() < from) {
      // Not a valid range (RFC 9110 14.1.1): ignored, so the whole file.
      return new Whole();
    }
    long to = last.map(l -> Math.min(l, size - 1)).orElse(size - 1);
    return new Part(new ByteRange(from, to));
  }

  private static Optional<Long> number(String digits) {
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.of(Long.MAX_VALUE);
    }
  }
}
