package uk.council.evidence.request.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A redaction's tracks and stretches as the JSON kept in its row and given to the screen's script:
 * a track is {@code {"n": 1, "kind": "FACE", "margin": 300, "action": "BLUR", "reason":
 * "THIRD_PARTY", "keys": [[ms, x, y, width, height], ...], "thumb": "base64"}}, a stretch {@code
 * {"from": ms, "to": ms, "reason": "OTHER"}}, with {@code "bleep": true} for sound a tone replaces.
 */
public final class RedactionJson {

  private RedactionJson() {}

  public static String tracks(List<TrackDecision> tracks, boolean withThumbnails) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (TrackDecision d : tracks) {
      JsonArrayBuilder keys = Json.createArrayBuilder();
      d.track()
          .keys()
          .forEach(
              (ms, b) ->
                  keys.add(
                      Json.createArrayBuilder()
                          .add(ms)
                          .add(b.x())
                          .add(b.y())
                          .add(b.width())
                          .add(b.height())));
      var track =
          Json.createObjectBuilder()
              .add("n", d.number())
              .add("kind", d.track().kind().name())
              .add("margin", d.track().margin())
              .add("action", d.action().name())
              .add("keys", keys);
      if (d.reason() != null) {
        track.add("reason", d.reason().name());
      }
      if (withThumbnails && !d.thumbnail().isEmpty()) {
        track.add("thumb", d.thumbnail());
      }
      all.add(track);
    }
    return all.build().toString();
  }

  public static List<TrackDecision> tracks(String json) {
    List<TrackDecision> tracks = new ArrayList<>();
    for (JsonValue v : array(json)) {
      JsonObject t = v.asJsonObject();
      Map<Long, Box> keys = new TreeMap<>();
      for (JsonValue k : t.getJsonArray("keys")) {
        JsonArray key = k.asJsonArray();
        keys.put(
            key.getJsonNumber(0).longValue(),
            new Box(key.getInt(1), key.getInt(2), key.getInt(3), key.getInt(4)));
      }
      tracks.add(
          new TrackDecision(
              t.getInt("n"),
              new Track(TrackKind.valueOf(t.getString("kind")), keys, t.getInt("margin")),
              TrackAction.valueOf(t.getString("action")),
              t.containsKey("reason") ? RedactionReason.valueOf(t.getString("reason")) : null,
              t.getString("thumb", "")));
    }
    return tracks;
  }

  public static String stretches(List<RedactionPlan.Stretch> stretches) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (RedactionPlan.Stretch s : stretches) {
      var stretch =
          Json.createObjectBuilder()
              .add("from", s.from())
              .add("to", s.to())
              .add("reason", s.reason().name());
      if (s.bleep()) {
        stretch.add("bleep", true);
      }
      all.add(stretch);
    }
    return all.build().toString();
  }

  public static List<RedactionPlan.Stretch> stretches(String json) {
    List<RedactionPlan.Stretch> stretches = new ArrayList<>();
    for (JsonValue v : array(json)) {
      JsonObject s = v.asJsonObject();
      stretches.add(
          new RedactionPlan.Stretch(
              s.getJsonNumber("from").longValue(),
              s.getJsonNumber("to").longValue(),
              RedactionReason.valueOf(s.getString("reason")),
              s.getBoolean("bleep", false)));
    }
    return stretches;
  }

  private static JsonArray array(String json) {
    try (var reader = Json.createReader(new StringReader(json == null ? "[]" : json))) {
      return reader.readArray();
    }
  }
}
