package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recordings for retention tests: uploaded through the dock API as the demo dock would, made due by
 * moving their due date, and looked up in the database once the sweep has been.
 */
final class TestFootage {

  /** The demo dock's secret, set by ./bwv test. */
  static final String SECRET = System.getenv("EVIDENCE_DEMO_DOCK_SECRET");

  /** The demo camera the uploads come from. */
  static final String CAMERA = "VB4-000102";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TestFootage() {}

  /** A recording the portal accepted: its id and its SHA-256. */
  record Uploaded(long id, String sha) {}

  /** Uploads a fresh two-second video recorded from {@code start}, as the demo dock. */
  static Uploaded upload(URL base, Instant start) throws Exception {
    return upload(base, CAMERA, start);
  }

  /** Uploads a fresh two-second video from a demo camera, recorded from {@code start}. */
  static Uploaded upload(URL base, String camera, Instant start) throws Exception {
    return upload(base, camera, start, TestVideos.make(2));
  }

  /** Uploads {@code video} from a demo camera, recorded from {@code start}. */
  static Uploaded upload(URL base, String camera, Instant start, byte[] video) throws Exception {
    String sha = DevicesIT.sha256(video);
    HttpResponse<String> response =
        send(
            DevicesIT.uploadRequest(
                    base,
                    "demo-dock",
                    SECRET,
                    camera,
                    start.toString(),
                    start.plusSeconds(20).toString(),
                    sha)
                .POST(HttpRequest.BodyPublishers.ofByteArray(video))
                .build());
    assertEquals(201, response.statusCode(), response.body());
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
    assertTrue(id.find());
    return new Uploaded(Long.parseLong(id.group(1)), sha);
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Time passing, for these recordings only: they fell due a minute ago. */
  static void fallDue(Uploaded... recordings) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "UPDATE recording SET deletion_due_at = now() - interval '1 minute' WHERE id = ?")) {
      for (Uploaded r : recordings) {
        ps.setLong(1, r.id());
        ps.executeUpdate();
      }
    }
  }

  static boolean exists(Uploaded r) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT 1 FROM recording WHERE id = ?")) {
      ps.setLong(1, r.id());
      return ps.executeQuery().next();
    }
  }

  /** "camera sha256 rule" from the recording's deletion record, or null if it has none. */
  static String deletionRecord(Uploaded r) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT camera_serial || ' ' || sha256 || ' ' || rule FROM deletion_record"
                    + " WHERE recording_id = ?")) {
      ps.setLong(1, r.id());
      var rs = ps.executeQuery();
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
