package uk.council.evidence.request.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ffmpeg processes of redaction run at a lower priority than the portal ({@code nice -n 10}),
 * where the machine has {@code nice}: decoding and encoding video would otherwise take every core
 * from the people using the portal. They still take any time the portal leaves idle.
 */
final class Niceness {

  private static final boolean AVAILABLE = Files.isExecutable(Path.of("/usr/bin/nice"));

  private Niceness() {}

  /** The command, run at a lower priority where that can be done. */
  static List<String> lowered(List<String> command) {
    if (!AVAILABLE) {
      return command;
    }
    List<String> niced = new ArrayList<>(List.of("/usr/bin/nice", "-n", "10"));
    niced.addAll(command);
    return niced;
  }
}
