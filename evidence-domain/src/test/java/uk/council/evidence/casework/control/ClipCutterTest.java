package uk.council.evidence.casework.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.casework.control.ClipCutter.Cut;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.MediaTools;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.footage.entity.UnplayableVideo;
import uk.council.evidence.platform.entity.InvalidInput;

/** Cuts clips with the real ffmpeg from a 20-second recording with a keyframe every 2 seconds. */
class ClipCutterTest {

  private static final long LIMIT = 64L * 1024 * 1024;
  private static final Duration KEYFRAME_INTERVAL = Duration.ofSeconds(2);

  @TempDir static Path videos;
  static Path recording;

  @TempDir Path root;
  FootageStore store;
  final MediaTools tools = new MediaTools("ffprobe", "ffmpeg");
  ClipCutter cutter;
  StorageKey original;

  @BeforeAll
  static void makeRecording() throws Exception {
    recording = videos.resolve("recording.mp4");
    run(
        "ffmpeg",
        "-v",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=640x360:rate=25",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000",
        "-t",
        "20",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-g",
        "50",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-metadata",
        "creation_time=2026-11-23T09:00:00Z",
        recording.toString());
  }

  @BeforeEach
  void storeTheOriginal() throws IOException {
    store = new FootageStore(root);
    cutter = new ClipCutter(store, tools);
    try (InputStream in = Files.newInputStream(recording)) {
      original = store.commit(store.stage(in, LIMIT));
    }
  }

  @Test
  void aClipIsANewReadOnlyFileInClipsNamedByItsOwnHashAndTheOriginalIsUntouched() throws Exception {
    Path originalFile = store.original(original);
    FileTime modified = Files.getLastModifiedTime(originalFile);
    var range = new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(12));

    Cut cut = cutter.cut(original, range);

    Path clip = store.clip(cut.clip());
    assertTrue(clip.startsWith(root.resolve("clips")), clip.toString());
    assertTrue(Files.isRegularFile(clip));
    assertEquals(PosixFilePermissions.fromString("r--r-----"), Files.getPosixFilePermissions(clip));
    assertEquals(cut.clip(), sha256(clip), "the clip's key is the SHA-256 of its bytes");
    assertEquals(Files.size(clip), cut.sizeBytes());
    assertEquals(range, cut.requested());

    assertTrue(
        cut.actualStart().compareTo(Duration.ofSeconds(5)) <= 0
            && cut.actualStart().compareTo(Duration.ofSeconds(3)) > 0,
        "begins at the keyframe at or before 0:05: " + cut.actualStart());
    MediaInfo clipInfo = tools.probe(clip);
    Duration length = clipInfo.duration();
    assertTrue(
        length.compareTo(range.length().minusMillis(100)) >= 0
            && length.compareTo(range.length().plus(KEYFRAME_INTERVAL).plusMillis(500)) <= 0,
        "about 7 s, at most a keyframe interval longer: " + length);
    long spanMillis = cut.actualEnd().minus(cut.actualStart()).toMillis();
    assertTrue(
        spanMillis <= length.toMillis() && spanMillis >= length.toMillis() - 250,
        "from the first picture to the end of the clip: " + spanMillis + " ms of " + length);
    assertTrue(
        cut.actualEnd().compareTo(range.end().minusMillis(50)) >= 0
            && cut.actualEnd().compareTo(range.end().plusMillis(500)) <= 0,
        "ends at about 0:12: " + cut.actualEnd());
    assertEquals("h264", clipInfo.videoCodec(), "the clip plays: pictures");
    assertEquals("aac", clipInfo.audioCodec(), "and sound");

    assertEquals(original, sha256(originalFile), "the original's SHA-256 is unchanged");
    assertTrue(store.isIntact(original));
    assertEquals(modified, Files.getLastModifiedTime(originalFile));
    assertEquals(
        PosixFilePermissions.fromString("r--r-----"), Files.getPosixFilePermissions(originalFile));
    assertEquals(0, countFiles("incoming"), "no work file is left behind");
  }

  @Test
  void cuttingTheSameRangeAgainGivesTheSameBytesAndKeepsOneClip() throws Exception {
    var range = new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(12));
    Cut first = cutter.cut(original, range);
    byte[] bytes = Files.readAllBytes(store.clip(first.clip()));

    Cut again = cutter.cut(original, range);

    assertEquals(first, again);
    assertArrayEquals(bytes, Files.readAllBytes(store.clip(again.clip())));
    assertEquals(1, countFiles("clips"));
    assertEquals(0, countFiles("incoming"));
    assertTrue(store.isIntact(original));
  }

  @Test
  void aRangeEndingAfterTheRecordingCannotBeAskedFor() {
    Duration recordingLength = tools.probe(store.original(original)).duration();
    InvalidInput typed =
        assertThrows(InvalidInput.class, () -> ClipRange.of("0:05", "0:25", recordingLength));
    assertEquals("clipEnd", typed.field());

    var beyond = new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(25));
    InvalidInput e = assertThrows(InvalidInput.class, () -> cutter.cut(original, beyond));
    assertEquals("clipEnd", e.field());
    assertEquals("The clip cannot end after the recording does, at 0:20.", e.getMessage());
    assertEquals(0, countFiles("clips"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void anOriginalThatIsNotAVideoIsRefusedAndLeavesNothingBehind() throws IOException {
    StorageKey broken;
    try (InputStream in =
        new ByteArrayInputStream(
            "not a video, whatever its name\n".getBytes(StandardCharsets.UTF_8))) {
      broken = store.commit(store.stage(in, LIMIT));
    }
    var range = new ClipRange(Duration.ofSeconds(1), Duration.ofSeconds(3));

    UnplayableVideo e = assertThrows(UnplayableVideo.class, () -> cutter.cut(broken, range));

    assertTrue(e.getMessage().startsWith("The file cannot be read as video"), e.getMessage());
    assertEquals(0, countFiles("clips"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void aCutThatFailsHalfWayLeavesNoWorkFileAndNoClip() {
    var failing =
        new MediaTools("ffprobe", "ffmpeg") {
          @Override
          public Span cut(Path video, Duration start, Duration end, Path mp4) {
            try {
              Files.write(mp4, new byte[4096]);
            } catch (IOException e) {
              throw new AssertionError(e);
            }
            throw new UnplayableVideo("The clip cannot be cut from this recording: test.");
          }
        };
    var range = new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(12));

    assertThrows(UnplayableVideo.class, () -> new ClipCutter(store, failing).cut(original, range));

    assertEquals(0, countFiles("clips"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void aRecordingNoLongerStoredIsRefused() {
    store.delete(original);
    var range = new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(12));
    InvalidInput e = assertThrows(InvalidInput.class, () -> cutter.cut(original, range));
    assertTrue(e.getMessage().contains("may have been deleted"), e.getMessage());
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void aClipCanBeDeletedTwiceAndTheOriginalStays() {
    Cut cut = cutter.cut(original, new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(12)));

    store.deleteClip(cut.clip());
    assertFalse(Files.exists(store.clip(cut.clip())));
    assertDoesNotThrow(() -> store.deleteClip(cut.clip()));
    assertTrue(store.isIntact(original));
  }

  static StorageKey sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[64 * 1024];
      for (int n; (n = in.read(block)) > 0; ) {
        digest.update(block, 0, n);
      }
    }
    return new StorageKey(HexFormat.of().formatHex(digest.digest()));
  }

  private long countFiles(String directory) {
    try (Stream<Path> files = Files.walk(root.resolve(directory))) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).inheritIO().start();
    assertEquals(0, p.waitFor(), "could not make the test recording");
  }
}
