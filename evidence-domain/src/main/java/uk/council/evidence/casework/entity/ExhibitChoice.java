package uk.council.evidence.casework.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * An exhibit chosen for a case's package, as its original or one of its clips.
 *
 * @param clipId the clip to send instead of the original, or null for the original
 */
public record ExhibitChoice(long exhibitId, Long clipId) {

  /** The choices as a package build keeps them: {@code 12} or {@code 12:34}, one a line. */
  public static String text(List<ExhibitChoice> choices) {
    StringBuilder text = new StringBuilder();
    for (ExhibitChoice c : choices) {
      text.append(c.exhibitId()).append(c.clipId() == null ? "" : ":" + c.clipId()).append('\n');
    }
    return text.toString();
  }

  /** The choices kept by {@link #text}. */
  public static List<ExhibitChoice> parse(String text) {
    List<ExhibitChoice> choices = new ArrayList<>();
    for (String line : text.strip().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      choices.add(
          colon < 0
              ? new ExhibitChoice(Long.parseLong(line.strip()), null)
              : new ExhibitChoice(
                  Long.parseLong(line.substring(0, colon)),
                  Long.valueOf(line.substring(colon + 1).strip())));
    }
    return choices;
  }
}
