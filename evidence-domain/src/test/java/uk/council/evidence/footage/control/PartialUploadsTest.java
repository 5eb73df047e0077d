package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.evidence.footage.control.FootageStoreTest.randomBytes;
import static uk.council.evidence.footage.control.FootageStoreTest.sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.footage.entity.HashMismatch;
import uk.council.evidence.footage.entity.StorageFull;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.footage.entity.UnknownUpload;
import uk.council.evidence.footage.entity.UploadBusy;
import uk.council.evidence.footage.entity.UploadInterrupted;
import uk.council.evidence.footage.entity.UploadStatus;
import uk.council.evidence.footage.entity.UploadTooLarge;
import uk.council.evidence.footage.entity.UploadUnderWay;
import uk.council.evidence.platform.entity.InvalidInput;

class PartialUploadsTest {

  private static final Instant STARTED = Instant.parse("2026-03-14T09:30:00Z");
  private static final long LIMIT = 16L * 1024 * 1024;

  @TempDir Path root;

  private FootageStore store;
  private PartialUploads uploads;
  private byte[] file;
  private StorageKey key;

  @BeforeEach
  void setUp() {
    store = new FootageStore(root);
    uploads = new PartialUploads(store, LIMIT);
    file = randomBytes(1_000_000, 11);
    key = sha256(file);
  }

  @Test
  void aFileSentInThreeChunksIsHandedOverForCommit() throws IOException {
    UploadStatus started =
        uploads.start(key, file.length, Map.of("cameraSerial", "RS-2041"), STARTED);
    assertEquals(key.sha256(), started.uploadId());
    assertEquals(0, started.received());
    assertEquals(Map.of("cameraSerial", "RS-2041"), started.details());
    assertEquals(STARTED, started.createdAt());
    String id = started.uploadId();

    assertEquals(300_000, send(id, 0, 300_000).upload().received());
    assertEquals(700_000, send(id, 300_000, 700_000).upload().received());
    ChunkReceipt last = send(id, 700_000, file.length);
    assertTrue(last.accepted());
    assertTrue(last.upload().complete());

    Staged staged = uploads.finish(id);
    assertEquals(key, staged.key());
    assertEquals(file.length, staged.size());
    assertTrue(staged.file().startsWith(root.resolve("incoming")));
    assertEquals(key, store.commit(staged));
    assertArrayEquals(file, Files.readAllBytes(store.original(key)));
    assertEquals(0, filesIn("partial"));
    assertThrows(UnknownUpload.class, () -> uploads.status(id));
  }

  @Test
  void uploadsUnderWayAreListedOldestFirstWithHowFarTheyGotUntilFinishedOrCancelled()
      throws IOException {
    byte[] other = randomBytes(400_000, 12);
    String later =
        uploads
            .start(
                sha256(other),
                other.length,
                Map.of(UploadStatus.DOCK, "depot-2", UploadStatus.CAMERA_SERIAL, "RS-2042"),
                STARTED.plusSeconds(600))
            .uploadId();
    String first =
        uploads
            .start(
                key,
                file.length,
                Map.of(UploadStatus.DOCK, "depot-1", UploadStatus.CAMERA_SERIAL, "RS-2041"),
                STARTED)
            .uploadId();
    send(first, 0, 250_000);
    Files.writeString(root.resolve("partial").resolve("stray.tmp"), "not an upload");

    List<UploadUnderWay> listed = uploads.underWay();
    assertEquals(List.of(first, later), listed.stream().map(u -> u.status().uploadId()).toList());
    UploadUnderWay oldest = listed.get(0);
    assertEquals("depot-1", oldest.dock().orElseThrow());
    assertEquals("RS-2041", oldest.cameraSerial());
    assertEquals(250_000, oldest.status().received());
    assertEquals(25, oldest.percent());
    assertEquals(0, listed.get(1).percent());

    uploads.abort(later);
    assertEquals(
        List.of(first), uploads.underWay().stream().map(u -> u.status().uploadId()).toList());
    send(first, 250_000, file.length);
    uploads.finish(first);
    assertEquals(List.of(), uploads.underWay());
  }

  @Test
  void aChunkAtTheWrongOffsetIsRefusedWithTheOffsetToUseAndChangesNothing() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(id, 0, 400_000);

    ChunkReceipt behind = send(id, 100_000, 500_000);
    assertFalse(behind.accepted());
    assertEquals(400_000, behind.upload().received());
    ChunkReceipt ahead = send(id, 500_000, 600_000);
    assertFalse(ahead.accepted());
    assertEquals(400_000, ahead.upload().received());
    assertEquals(400_000, uploads.status(id).received());

    send(id, 400_000, file.length);
    assertEquals(key, uploads.finish(id).key());
  }

  @Test
  void afterARestartTheUploadResumesAndTheDigestIsRebuiltFromDisk() {
    String id =
        uploads.start(key, file.length, Map.of("cameraSerial", "RS-2041"), STARTED).uploadId();
    send(id, 0, 450_000);

    PartialUploads afterRestart = new PartialUploads(new FootageStore(root), LIMIT);
    UploadStatus status = afterRestart.status(id);
    assertEquals(450_000, status.received());
    assertEquals("RS-2041", status.details().get("cameraSerial"));
    assertTrue(
        afterRestart
            .append(id, 450_000, new ByteArrayInputStream(file, 450_000, file.length))
            .upload()
            .complete());
    assertEquals(key, afterRestart.finish(id).key());
  }

  @Test
  void startingTheSameFileAgainFindsTheUploadUnderWay() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(id, 0, 250_000);
    UploadStatus again = uploads.start(key, file.length, Map.of(), STARTED.plusSeconds(60));
    assertEquals(id, again.uploadId());
    assertEquals(250_000, again.received());
    assertEquals(STARTED, again.createdAt());

    InvalidInput e =
        assertThrows(InvalidInput.class, () -> uploads.start(key, 12, Map.of(), STARTED));
    assertEquals("size", e.field());
  }

  @Test
  void aStartThatWouldLeaveTooLittleFreeIsRefusedButOneUnderWayIsStillFound() throws IOException {
    long[] minimum = {0};
    uploads = new PartialUploads(new FootageStore(root, "room", () -> minimum[0]), LIMIT);
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(id, 0, 250_000);

    minimum[0] = Files.getFileStore(root).getTotalSpace();
    byte[] other = randomBytes(1000, 12);
    assertThrows(
        StorageFull.class, () -> uploads.start(sha256(other), other.length, Map.of(), STARTED));
    assertEquals(2, filesIn("partial"), "only the upload under way");
    assertEquals(250_000, uploads.start(key, file.length, Map.of(), STARTED).received());
  }

  @Test
  void aConnectionLostMidChunkKeepsWhatArrived() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    InputStream dropsOut =
        new SequenceInputStream(
            new ByteArrayInputStream(file, 0, 123_457),
            new FootageStoreTest.FailingStream(0, () -> new IOException("Connection reset")));
    UploadInterrupted e =
        assertThrows(UploadInterrupted.class, () -> uploads.append(id, 0, dropsOut));
    assertEquals(123_457, e.received());
    assertTrue(e.getMessage().endsWith("resume from offset 123457."), e.getMessage());
    assertEquals(123_457, uploads.status(id).received());

    send(id, 123_457, file.length);
    assertEquals(key, uploads.finish(id).key());
  }

  @Test
  void aDiskFullMidChunkKeepsTheUploadConsistentForLater() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    InputStream diskFull =
        new SequenceInputStream(
            new ByteArrayInputStream(file, 0, 200_000),
            new FootageStoreTest.FailingStream(
                0, () -> new FileSystemException("partial", null, "No space left on device")));
    assertThrows(StorageFull.class, () -> uploads.append(id, 0, diskFull));
    long kept = uploads.status(id).received();
    send(id, kept, file.length);
    assertEquals(key, uploads.finish(id).key());
  }

  @Test
  void aHashMismatchAtTheEndRemovesEverythingOfTheUpload() {
    byte[] damaged = file.clone();
    damaged[500_000] ^= 1;
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    uploads.append(id, 0, new ByteArrayInputStream(damaged));

    HashMismatch e = assertThrows(HashMismatch.class, () -> uploads.finish(id));
    assertEquals(key, e.declared());
    assertEquals(sha256(damaged), e.received());
    assertEquals(0, filesIn("partial"));
    assertEquals(0, filesIn("incoming"));
    assertThrows(UnknownUpload.class, () -> uploads.status(id));
  }

  @Test
  void aChunkPastTheDeclaredSizeIsDroppedWhole() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(id, 0, 600_000);
    byte[] tooLong = Arrays.copyOfRange(file, 600_000, file.length + 1);
    UploadTooLarge e =
        assertThrows(
            UploadTooLarge.class,
            () -> uploads.append(id, 600_000, new ByteArrayInputStream(tooLong)));
    assertTrue(e.getMessage().contains("stays at offset 600000"), e.getMessage());
    assertEquals(600_000, uploads.status(id).received());

    send(id, 600_000, file.length);
    assertEquals(key, uploads.finish(id).key());
  }

  @Test
  void aDeclaredSizeOverTheMaximumIsRefusedAtTheStart() {
    assertThrows(UploadTooLarge.class, () -> uploads.start(key, LIMIT + 1, Map.of(), STARTED));
    assertThrows(InvalidInput.class, () -> uploads.start(key, 0, Map.of(), STARTED));
    assertEquals(0, filesIn("partial"));
  }

  @Test
  void finishingBeforeEveryByteArrivedIsRefused() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(id, 0, 10);
    InvalidInput e = assertThrows(InvalidInput.class, () -> uploads.finish(id));
    assertEquals("offset", e.field());
    assertEquals(10, uploads.status(id).received());
  }

  @Test
  void unknownOrMalformedIdsAreUnknownUploads() {
    assertThrows(UnknownUpload.class, () -> uploads.status(key.sha256()));
    assertThrows(UnknownUpload.class, () -> uploads.status("../../originals"));
    assertThrows(
        UnknownUpload.class, () -> uploads.append("x", 0, new ByteArrayInputStream(new byte[1])));
  }

  @Test
  void abortingRemovesTheUploadAndMayBeRepeated() {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(id, 0, 1000);
    uploads.abort(id);
    assertEquals(0, filesIn("partial"));
    uploads.abort(id);
    uploads.abort("not an id");
  }

  @Test
  void cleaningRemovesIdleUploadsButNotRecentOnes() throws IOException {
    Instant now = Instant.now();
    String idle = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    send(idle, 0, 1000);
    for (String suffix : new String[] {".part", ".properties"}) {
      Files.setLastModifiedTime(
          root.resolve("partial").resolve(idle + suffix),
          FileTime.from(now.minus(Duration.ofDays(8))));
    }
    byte[] other = randomBytes(5000, 12);
    String recent = uploads.start(sha256(other), other.length, Map.of(), now).uploadId();
    Path stray = Files.write(root.resolve("partial").resolve("junk.tmp"), new byte[1]);
    Files.setLastModifiedTime(stray, FileTime.from(now.minus(Duration.ofDays(8))));

    assertEquals(3, uploads.cleanAbandoned(Duration.ofDays(7), now));
    assertThrows(UnknownUpload.class, () -> uploads.status(idle));
    assertEquals(0, uploads.status(recent).received());
    assertFalse(Files.exists(stray));
  }

  @Test
  void anUploadBeingWrittenIsBusyForOtherRequests() throws Exception {
    String id = uploads.start(key, file.length, Map.of(), STARTED).uploadId();
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InputStream slow =
        new InputStream() {
          @Override
          public int read() throws IOException {
            reading.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
            return -1;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return read();
          }
        };
    Thread first = new Thread(() -> uploads.append(id, 0, slow));
    first.start();
    reading.await();
    try {
      assertThrows(UploadBusy.class, () -> send(id, 0, 10));
      assertThrows(UploadBusy.class, () -> uploads.finish(id));
    } finally {
      release.countDown();
      first.join();
    }
    assertTrue(send(id, 0, file.length).upload().complete());
  }

  private ChunkReceipt send(String id, long from, long to) {
    return uploads.append(id, from, new ByteArrayInputStream(file, (int) from, (int) (to - from)));
  }

  private long filesIn(String directory) {
    try (Stream<Path> files = Files.walk(root.resolve(directory))) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
