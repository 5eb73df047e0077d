package uk.council.evidence.request.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of request for footage, each with the prefix of its references ({@code SAR-2026-0042})
 * and the clock that counts its days.
 */
public enum RequestKind {
  /** Someone asks for footage of themselves (UK GDPR Art. 15). */
  SUBJECT_ACCESS("SAR", "Subject access request"),
  /** Anyone asks for recorded information (FOIA 2000). */
  FOI("FOI", "FOI request"),
  /** The police, an insurer or a solicitor asks for footage of an incident (DPA 2018 Sch. 2). */
  THIRD_PARTY("TPR", "Third-party request");

  private static final Pattern REFERENCE = Pattern.compile("(SAR|FOI|TPR)-(\\d{4})-(\\d{4,})");

  private final String prefix;
  private final String title;

  RequestKind(String prefix, String title) {
    this.prefix = prefix;
    this.title = title;
  }

  public String prefix() {
    return prefix;
  }

  public String title() {
    return title;
  }

  /** "SAR-2026-0042": the 42nd request of its kind received in 2026. */
  public String reference(int year, long number) {
    if (number < 1) {
      throw new IllegalArgumentException("Requests are numbered from 1: " + number);
    }
    return String.format(Locale.ROOT, "%s-%d-%04d", prefix, year, number);
  }

  /** The kind a reference names, read in either case; null if it is not a request reference. */
  public static RequestKind ofReference(String reference) {
    if (reference == null) {
      return null;
    }
    Matcher m = REFERENCE.matcher(reference.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    for (RequestKind kind : values()) {
      if (kind.prefix.equals(m.group(1))) {
        return kind;
      }
    }
    return null;
  }
}
