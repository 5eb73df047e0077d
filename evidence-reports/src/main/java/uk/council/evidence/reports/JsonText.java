package uk.council.evidence.reports;

import java.time.Instant;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON text (RFC 8259).
 *
 * <p>Reports attach their figures as JSON for whoever checks them later. The figures are a small
 * tree, so a writer of some fifty lines serves, rather than a JSON-P implementation that the server
 * has but plain unit tests would have to bring. Maps keep their iteration order (pass a {@link
 * java.util.LinkedHashMap}) so that the same figures always give the same text.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * The JSON text of {@code value}, indented by two spaces.
   *
   * @param value a {@link Map} with string keys, an {@link Iterable}, a {@link CharSequence}, a
   *     {@link Number}, a {@link Boolean}, an {@link Instant} (written as its ISO-8601 string) or
   *     null, nested as deep as needed
   * @throws IllegalArgumentException for anything else, or a number that JSON cannot hold
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder(512);
    write(value, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence || value instanceof Instant) {
      string(value.toString(), out);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Number number) {
      number(number, out);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out, depth);
    } else if (value instanceof Iterable<?> items) {
      array(items, out, depth);
    } else {
      throw new IllegalArgumentException("No JSON form for a " + value.getClass().getName());
    }
  }

  private static void number(Number number, StringBuilder out) {
    if ((number instanceof Double || number instanceof Float)
        && !Double.isFinite(number.doubleValue())) {
      throw new IllegalArgumentException("JSON has no " + number);
    }
    out.append(number);
  }

  private static void object(Map<?, ?> map, StringBuilder out, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys are strings: " + entry.getKey());
      }
      out.append(separator);
      indent(out, depth + 1);
      string(key, out);
      out.append(": ");
      write(entry.getValue(), out, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static void array(Iterable<?> items, StringBuilder out, int depth) {
    out.append('[');
    String separator = "\n";
    for (Object item : items) {
      out.append(separator);
      indent(out, depth + 1);
      write(item, out, depth + 1);
      separator = ",\n";
    }
    if (!separator.equals("\n")) {
      out.append('\n');
      indent(out, depth);
    }
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  /**
   * Quotes a string. Control characters must be escaped; U+2028 and U+2029 are too, because a
   * JavaScript reader would take them for line ends; an unpaired surrogate is escaped because it
   * has no UTF-8 form and would otherwise turn into a question mark when the text is encoded.
   */
  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpairedSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean unpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
