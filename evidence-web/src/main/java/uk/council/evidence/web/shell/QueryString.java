package uk.council.evidence.web.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A search's filters as URL query parameters, so that a search has an address of its own. */
public final class QueryString {

  private QueryString() {}

  /**
   * The values that are not blank, in the map's order, as {@code name=value} pairs joined by {@code
   * &}, each value encoded as UTF-8.
   */
  public static String of(Map<String, String> values) {
    List<String> pairs = new ArrayList<>();
    values.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return String.join("&", pairs);
  }
}
