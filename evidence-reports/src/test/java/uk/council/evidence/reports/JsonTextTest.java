package uk.council.evidence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  // Jackson comes with JasperReports; here it is the independent parser that checks the writer.
  private final ObjectMapper parser = new ObjectMapper();

  @Test
  void stringsAreEscapedAsJsonRequires() throws Exception {
    String awkward = "quote \" backslash \\ tab \t line\nbell \u0007 nul \u0000 sep \u2028 end";
    String json = JsonText.write(Map.of("text", awkward));
    assertEquals(awkward, parser.readTree(json).get("text").asText());
    assertEquals(
        "{\n  \"text\": \"quote \\\" backslash \\\\ tab \\t line\\nbell \\u0007 nul \\u0000 sep"
            + " \\u2028 end\"\n}\n",
        json);
  }

  @Test
  void nonAsciiIsWrittenAsItIs() throws Exception {
    String name = "Siân O’Brien — café 🎥";
    String json = JsonText.write(Map.of("name", name));
    assertEquals("{\n  \"name\": \"" + name + "\"\n}\n", json);
    assertEquals(name, parser.readTree(json).get("name").asText());
  }

  @Test
  void anUnpairedSurrogateIsEscapedRatherThanLost() {
    String json = JsonText.write(List.of("a\uD83Db"));
    assertEquals("[\n  \"a\\ud83db\"\n]\n", json);
  }

  @Test
  void treesKeepTheirOrderAndTypes() throws Exception {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("seq", 42L);
    inner.put("problem", null);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("z", 1);
    figures.put("a", true);
    figures.put("at", Instant.parse("2026-10-20T05:30:00Z"));
    figures.put("none", Map.of());
    figures.put("empty", List.of());
    figures.put("items", Arrays.asList(1.5, null, "x"));
    figures.put("inner", inner);

    JsonNode tree = parser.readTree(JsonText.write(figures));
    assertEquals(List.of("z", "a", "at", "none", "empty", "items", "inner"), fieldNames(tree));
    assertEquals(1, tree.get("z").asInt());
    assertEquals("2026-10-20T05:30:00Z", tree.get("at").asText());
    assertEquals(0, tree.get("none").size());
    assertEquals(0, tree.get("empty").size());
    assertEquals(1.5, tree.get("items").get(0).asDouble());
    assertEquals(42L, tree.at("/inner/seq").asLong());
    assertEquals(true, tree.at("/inner/problem").isNull());
  }

  @Test
  void whatJsonCannotHoldIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> JsonText.write(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> JsonText.write(new Object()));
    assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of(1, "x")));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
