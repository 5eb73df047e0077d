package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.footage.entity.HashMismatch;
import uk.council.evidence.footage.entity.StorageFailure;
import uk.council.evidence.footage.entity.StorageFull;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.footage.entity.UploadInterrupted;
import uk.council.evidence.footage.entity.UploadTooLarge;
import uk.council.evidence.platform.entity.InvalidInput;

class FootageStoreTest {

  private static final long LIMIT = 64L * 1024 * 1024;

  @TempDir Path root;

  private FootageStore store;

  @BeforeEach
  void openStore() {
    store = new FootageStore(root);
  }

  @Test
  void stagingHashesTheBytesAsTheyArriveAndCommitStoresThemReadOnlyAtTheShardedPath()
      throws Exception {
    byte[] bytes = randomBytes(3 * 1024 * 1024 + 17, 1);
    StorageKey expected = sha256(bytes);

    Staged staged = store.stage(new ByteArrayInputStream(bytes), LIMIT, expected);
    assertEquals(expected, staged.key());
    assertEquals(bytes.length, staged.size());
    assertTrue(staged.file().startsWith(root.resolve("incoming")));

    StorageKey key = store.commit(staged);
    assertEquals(expected, key);
    String hex = expected.sha256();
    Path original =
        root.resolve("originals")
            .resolve(hex.substring(0, 2))
            .resolve(hex.substring(2, 4))
            .resolve(hex + ".mp4");
    assertEquals(original, store.original(key));
    assertTrue(store.exists(key));
    assertEquals(bytes.length, store.size(key));
    assertEquals(
        PosixFilePermissions.fromString("r--r-----"), Files.getPosixFilePermissions(original));
    try (InputStream in = store.open(key)) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertTrue(store.isIntact(key));
    assertEquals(0, countFiles("incoming"));
  }

  /** The reader hands blocks to a hashing thread: every size around a block's edge hashes right. */
  @Test
  void bodiesOfEverySizeAroundABlocksEdgeHashAsTheyShould() throws Exception {
    int block = BlockHasher.BLOCK_BYTES;
    int round = BlockHasher.BLOCKS * block;
    for (int size :
        new int[] {0, 1, block - 1, block, block + 1, round, round + 1, 7 * round + 3}) {
      byte[] bytes = randomBytes(size, size);
      Staged staged = store.stage(new ByteArrayInputStream(bytes), LIMIT);
      assertEquals(sha256(bytes), staged.key(), size + " bytes");
      assertEquals(size, staged.size());
      assertEquals(sha256(bytes), store.commit(staged));
      assertTrue(store.isIntact(staged.key()));
    }
  }

  /** A failed upload leaves no thread behind: the hasher is ended, and no flush begins. */
  @Test
  void aFailedUploadEndsItsHashingThread() {
    var made = new java.util.concurrent.CopyOnWriteArrayList<Thread>();
    FootageStore counted =
        new FootageStore(
            root,
            "local",
            () -> 0,
            task -> {
              Thread t = new Thread(task, "counted");
              made.add(t);
              return t;
            });
    InputStream failing = new FailingStream(3_000_000, () -> new IOException("Connection reset"));
    assertThrows(UploadInterrupted.class, () -> counted.stage(failing, LIMIT));
    assertThrows(
        UploadTooLarge.class, () -> counted.stage(new CountingStream(Long.MAX_VALUE), 2_000_000));
    assertEquals(2, made.size(), "one hashing thread each, and no flush");
    made.forEach(t -> assertFalse(t.isAlive(), t + " ended"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void committingTheSameBytesAgainKeepsTheOneOriginal() throws Exception {
    byte[] bytes = randomBytes(200_000, 2);
    StorageKey first = store.commit(store.stage(new ByteArrayInputStream(bytes), LIMIT));
    FileTime stored = Files.getLastModifiedTime(store.original(first));

    Staged again = store.stage(new ByteArrayInputStream(bytes), LIMIT);
    assertEquals(first, store.commit(again));
    assertFalse(Files.exists(again.file()));
    assertEquals(stored, Files.getLastModifiedTime(store.original(first)));
    assertEquals(1, countFiles("originals"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void aBodyOverTheLimitIsRefusedAfterReadingLittleMoreThanTheLimit() {
    long limit = 1024 * 1024;
    CountingStream endless = new CountingStream(Long.MAX_VALUE);
    UploadTooLarge e = assertThrows(UploadTooLarge.class, () -> store.stage(endless, limit));
    assertEquals(limit, e.limitBytes());
    assertEquals(
        "The file is larger than the maximum of 1.0 MiB (1048576 bytes) for one upload; nothing"
            + " was stored.",
        e.getMessage());
    assertTrue(endless.served <= limit + BlockHasher.BLOCK_BYTES, "read " + endless.served);
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() {
    Staged staged = store.stage(new CountingStream(100_000), 100_000);
    assertEquals(100_000, staged.size());
  }

  @Test
  void aDiskFullPartWayLeavesNothingBehind() {
    InputStream failing =
        new FailingStream(
            5 * 1024 * 1024,
            () ->
                new FileSystemException(
                    root.resolve("incoming").toString(), null, "No space left on device"));
    StorageFull e = assertThrows(StorageFull.class, () -> store.stage(failing, LIMIT));
    assertTrue(e.getMessage().contains("the footage store is full"), e.getMessage());
    assertEquals(0, countFiles("incoming"));
    assertEquals(0, countFiles("originals"));
  }

  @Test
  void aConnectionLostPartWayLeavesNothingBehind() {
    InputStream failing = new FailingStream(300_000, () -> new IOException("Connection reset"));
    UploadInterrupted e = assertThrows(UploadInterrupted.class, () -> store.stage(failing, LIMIT));
    assertEquals(0, e.received());
    assertTrue(
        e.getMessage().startsWith("The upload stopped after 300000 bytes (Connection reset)"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void aHashThatDiffersFromTheDeclaredOneStoresNothing() {
    byte[] bytes = randomBytes(100_000, 3);
    StorageKey declared = sha256(randomBytes(100_000, 4));
    HashMismatch e =
        assertThrows(
            HashMismatch.class,
            () -> store.stage(new ByteArrayInputStream(bytes), LIMIT, declared));
    assertEquals(declared, e.declared());
    assertEquals(sha256(bytes), e.received());
    assertEquals("sha256", e.field());
    assertEquals(0, countFiles("incoming"));
    assertEquals(0, countFiles("originals"));
  }

  @Test
  void cleaningIncomingRemovesAllOfThisServersStraysButOnlyOldOnesOfOtherServers()
      throws Exception {
    Instant now = Instant.now();
    Path mine = Files.write(root.resolve("incoming/local/upload-0.tmp"), new byte[10]);
    Path other = Files.createDirectories(root.resolve("incoming/server-2"));
    Path stray = Files.write(other.resolve("upload-1.tmp"), new byte[10]);
    Files.setLastModifiedTime(stray, FileTime.from(now.minus(Duration.ofHours(2))));
    Path fresh = Files.write(other.resolve("upload-2.tmp"), new byte[10]);
    Path partial = Files.write(root.resolve("partial").resolve("x.part"), new byte[10]);
    Files.setLastModifiedTime(partial, FileTime.from(now.minus(Duration.ofDays(2))));

    assertEquals(2, store.cleanIncoming(Duration.ofHours(1), now));
    assertFalse(Files.exists(mine), "this server has just started: nothing of its own is live");
    assertFalse(Files.exists(stray));
    assertTrue(Files.exists(fresh), "another server may be writing it");
    assertTrue(Files.exists(partial));
  }

  @Test
  void aServerIdThatCouldEscapeTheFolderIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FootageStore(root, "../x"));
    assertThrows(IllegalArgumentException.class, () -> new FootageStore(root, ""));
  }

  @Test
  void deletingRemovesOriginalAndThumbnailAndMayBeRepeated() throws Exception {
    StorageKey key =
        store.commit(store.stage(new ByteArrayInputStream(randomBytes(5000, 5)), LIMIT));
    Path jpeg = Files.write(store.scratchFile(".jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
    store.putThumbnail(key, jpeg);
    assertTrue(Files.exists(store.thumbnail(key)));
    assertFalse(Files.exists(jpeg));

    store.delete(key);
    assertFalse(store.exists(key));
    assertFalse(Files.exists(store.thumbnail(key)));
    assertDoesNotThrow(() -> store.delete(key));
  }

  @Test
  void deletingTheLastFileOfAShardRemovesItsEmptyFoldersButNotTheArea() throws Exception {
    StorageKey key =
        store.commit(store.stage(new ByteArrayInputStream(randomBytes(5000, 11)), LIMIT));
    store.putThumbnail(key, Files.write(store.scratchFile(".jpg"), new byte[] {(byte) 0xff}));
    Path originals = root.resolve("originals");
    Path thumbnails = root.resolve("thumbnails");

    store.delete(key);

    assertFalse(Files.exists(originals.resolve(key.firstShard())));
    assertFalse(Files.exists(thumbnails.resolve(key.firstShard())));
    assertTrue(Files.isDirectory(originals));
    assertTrue(Files.isDirectory(thumbnails));
    assertDoesNotThrow(() -> store.delete(key));
    // The same bytes arriving again make their folders again.
    assertEquals(
        key, store.commit(store.stage(new ByteArrayInputStream(randomBytes(5000, 11)), LIMIT)));
    assertTrue(store.isIntact(key));
  }

  @Test
  void aShardFolderAnotherFileStillUsesStays() throws Exception {
    StorageKey first =
        store.commit(store.stage(new ByteArrayInputStream(randomBytes(5000, 12)), LIMIT));
    // Another recording whose hash starts with the same two digits: same first-level folder.
    StorageKey second = null;
    for (long seed = 13; second == null; seed++) {
      byte[] bytes = randomBytes(100, seed);
      if (sha256(bytes).firstShard().equals(first.firstShard())
          && !sha256(bytes).secondShard().equals(first.secondShard())) {
        second = store.commit(store.stage(new ByteArrayInputStream(bytes), LIMIT));
      }
    }

    store.delete(first);

    Path shard = root.resolve("originals").resolve(first.firstShard());
    assertFalse(Files.exists(shard.resolve(first.secondShard())), "its own folder went");
    assertTrue(Files.isDirectory(shard), "the folder the other recording is in stays");
    assertTrue(store.isIntact(second));
  }

  @Test
  void deletingTheLastClipOfAShardRemovesItsEmptyFolders() throws Exception {
    byte[] bytes = randomBytes(5000, 14);
    StorageKey clip =
        store.commitClip(store.stageScratch(Files.write(store.scratchFile(".mp4"), bytes)));

    store.deleteClip(clip);

    assertFalse(Files.exists(root.resolve("clips").resolve(clip.firstShard())));
    assertTrue(Files.isDirectory(root.resolve("clips")));
  }

  @Test
  void aFinishedWorkFileIsHashedAndCommittedAsAClipReadOnlyAtItsShardedPath() throws Exception {
    assertTrue(Files.isDirectory(root.resolve("clips")), "the constructor makes clips/");
    byte[] bytes = randomBytes(300_000, 7);
    Path work = Files.write(store.scratchFile(".mp4"), bytes);

    Staged staged = store.stageScratch(work);
    assertEquals(sha256(bytes), staged.key());
    assertEquals(bytes.length, staged.size());
    StorageKey key = store.commitClip(staged);

    String hex = key.sha256();
    Path clip =
        root.resolve("clips")
            .resolve(hex.substring(0, 2))
            .resolve(hex.substring(2, 4))
            .resolve(hex + ".mp4");
    assertEquals(clip, store.clip(key));
    assertArrayEquals(bytes, Files.readAllBytes(clip));
    assertEquals(PosixFilePermissions.fromString("r--r-----"), Files.getPosixFilePermissions(clip));
    assertFalse(store.exists(key), "a clip is not an original");
    assertEquals(0, countFiles("incoming"));
    assertEquals(0, countFiles("originals"));
  }

  @Test
  void committingTheSameClipAgainKeepsTheOneClip() throws Exception {
    byte[] bytes = randomBytes(50_000, 8);
    StorageKey first =
        store.commitClip(store.stageScratch(Files.write(store.scratchFile(".mp4"), bytes)));
    StorageKey again =
        store.commitClip(store.stageScratch(Files.write(store.scratchFile(".mp4"), bytes)));
    assertEquals(first, again);
    assertEquals(1, countFiles("clips"));
    assertEquals(0, countFiles("incoming"));
  }

  @Test
  void onlyTheStoresOwnWorkFilesCanBeStagedAsClips() throws Exception {
    Path elsewhere = Files.write(root.resolve("elsewhere.mp4"), new byte[] {1, 2, 3});
    assertThrows(IllegalArgumentException.class, () -> store.stageScratch(elsewhere));
    Path sneaky = root.resolve("incoming").resolve(FootageStore.SINGLE_SERVER).resolve("../../x");
    assertThrows(IllegalArgumentException.class, () -> store.stageScratch(sneaky));
    assertEquals(0, countFiles("clips"));
  }

  @Test
  void deletingAClipMayBeRepeatedAndLeavesTheOriginal() throws Exception {
    byte[] bytes = randomBytes(5000, 9);
    StorageKey original = store.commit(store.stage(new ByteArrayInputStream(bytes), LIMIT));
    StorageKey clip =
        store.commitClip(store.stageScratch(Files.write(store.scratchFile(".mp4"), bytes)));
    assertEquals(original, clip);

    store.deleteClip(clip);
    assertFalse(Files.exists(store.clip(clip)));
    assertDoesNotThrow(() -> store.deleteClip(clip));
    assertTrue(store.isIntact(original), "the original with the same bytes is a separate file");
  }

  @Test
  void aMissingOriginalIsAStorageFailureNamingIt() {
    StorageKey key = sha256(new byte[] {1});
    StorageFailure e = assertThrows(StorageFailure.class, () -> store.open(key));
    assertTrue(e.getMessage().contains(key.sha256()), e.getMessage());
  }

  @Test
  void aChangedOriginalIsNotIntact() throws Exception {
    StorageKey key =
        store.commit(store.stage(new ByteArrayInputStream(randomBytes(5000, 6)), LIMIT));
    Path original = store.original(key);
    original.toFile().setWritable(true);
    Files.write(original, randomBytes(5000, 7));
    assertFalse(store.isIntact(key));
  }

  @Test
  void theFreeSpaceIsKnown() {
    assertTrue(store.usableSpace() > 0);
  }

  @Test
  void aFileFitsIfItLeavesAtLeastTheMinimumFree() {
    long gib = 1L << 30;
    assertTrue(FootageStore.hasRoomFor(3 * gib, gib, 4 * gib), "exactly the minimum left");
    assertFalse(FootageStore.hasRoomFor(3 * gib + 1, gib, 4 * gib), "one byte short of it");
    assertFalse(FootageStore.hasRoomFor(1, gib, gib - 1), "the disk is already below it");
    assertTrue(FootageStore.hasRoomFor(4 * gib, 0, 4 * gib), "no minimum: the disk may fill");
    assertFalse(FootageStore.hasRoomFor(4 * gib + 1, 0, 4 * gib));
  }

  @Test
  void aFileOfUnknownSizeNeedsOnlyTheMinimumFree() {
    assertTrue(FootageStore.hasRoomFor(-1, 1000, 1000));
    assertFalse(FootageStore.hasRoomFor(-1, 1000, 999));
  }

  @Test
  void hugeSizesAndMinimumsDoNotOverflowIntoRoom() {
    assertFalse(FootageStore.hasRoomFor(Long.MAX_VALUE, Long.MAX_VALUE, 1L << 40));
    assertFalse(FootageStore.hasRoomFor(Long.MAX_VALUE, 1, Long.MAX_VALUE));
    assertFalse(FootageStore.hasRoomFor(1, Long.MAX_VALUE, 1L << 40));
  }

  @Test
  void theRoomCheckAsksTheFilesystemAndTheMinimumAtEachUpload() throws IOException {
    long disk = Files.getFileStore(root).getTotalSpace();
    long[] minimum = {0};
    FootageStore kept = new FootageStore(root, "room", () -> minimum[0]);
    assertDoesNotThrow(() -> kept.checkRoomFor(1024));

    // No filesystem has its whole size free, so keeping that much refuses anything.
    minimum[0] = disk;
    StorageFull full = assertThrows(StorageFull.class, () -> kept.checkRoomFor(1024));
    assertTrue(
        full.getMessage().contains("keeps at least " + UploadTooLarge.describe(disk) + " free"),
        full.getMessage());
    assertTrue(full.getMessage().contains("a file of 1.0 KiB (1024 bytes) would leave less"));
    StorageFull unknownSize = assertThrows(StorageFull.class, () -> kept.checkRoomFor(-1));
    assertTrue(
        unknownSize.getMessage().contains("takes no upload of unknown size"),
        unknownSize.getMessage());
    assertEquals(0, countFiles("incoming"), "nothing written");

    minimum[0] = 0;
    assertDoesNotThrow(() -> kept.checkRoomFor(-1));
  }

  @Test
  void storageKeysAreSha256InLowerCaseHex() {
    String hex = "AB".repeat(32);
    assertEquals("ab".repeat(32), StorageKey.parse(" " + hex + " ").sha256());
    InvalidInput e = assertThrows(InvalidInput.class, () -> new StorageKey(hex));
    assertEquals("sha256", e.field());
    assertThrows(InvalidInput.class, () -> StorageKey.parse("../../etc/passwd"));
    assertThrows(InvalidInput.class, () -> StorageKey.parse(null));
    assertNotEquals(StorageKey.parse("0".repeat(64)), StorageKey.parse("1".repeat(64)));
  }

  static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static StorageKey sha256(byte[] bytes) {
    try {
      return new StorageKey(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private long countFiles(String directory) {
    try (Stream<Path> files = Files.walk(root.resolve(directory))) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Serves {@code length} bytes of zeros and counts what was taken. */
  static final class CountingStream extends InputStream {
    private final long length;
    long served;

    CountingStream(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      return served < length ? (int) (served++ & 0) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (served >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - served);
      served += n;
      return n;
    }
  }

  /** Serves {@code before} bytes, then fails the way a socket or a full disk does. */
  static final class FailingStream extends InputStream {
    private final long before;
    private final Supplier<IOException> failure;
    private long served;

    FailingStream(long before, Supplier<IOException> failure) {
      this.before = before;
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (served >= before) {
        throw failure.get();
      }
      int n = (int) Math.min(count, before - served);
      served += n;
      return n;
    }
  }
}
