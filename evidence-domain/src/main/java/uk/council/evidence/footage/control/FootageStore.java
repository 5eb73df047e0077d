package uk.council.evidence.footage.control;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.LongSupplier;
import uk.council.evidence.footage.entity.HashMismatch;
import uk.council.evidence.footage.entity.StorageFailure;
import uk.council.evidence.footage.entity.StorageFull;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.footage.entity.UploadInterrupted;
import uk.council.evidence.footage.entity.UploadTooLarge;

/**
 * Original recordings, their thumbnails and the clips cut from them, on a filesystem (local disk or
 * NAS) under one root, laid out as the {@linkplain uk.council.evidence.footage package description}
 * explains. Originals are written once, through {@link #stage} and {@link #commit}, made read-only,
 * and never modified; they leave only through {@link #delete}. Clips are new files made in {@link
 * #scratchFile work files}, stored the same way through {@link #stageScratch} and {@link
 * #commitClip}, and leave through {@link #deleteClip}.
 *
 * <p>Safe for concurrent use: it holds no state but its directories, every file reaches its final
 * name by an atomic rename, and two commits of the same bytes end with one original.
 */
public class FootageStore {

  private static final String ORIGINAL_SUFFIX = ".mp4";
  private static final String THUMBNAIL_SUFFIX = ".jpg";
  private static final String CLIP_SUFFIX = ".mp4";

  private final Path root;
  private final Path originals;
  private final Path thumbnails;
  private final Path clips;
  private final Path redacted;
  private final Path incoming;
  private final Path partial;

  /** The server's own folder under {@code incoming/} when only one server uses the store. */
  public static final String SINGLE_SERVER = "local";

  private static final java.util.regex.Pattern SERVER_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Path allIncoming;
  private final LongSupplier minFreeBytes;
  private final ThreadFactory threads;

  /** Daemon threads, where no container gives managed ones. */
  private static final ThreadFactory OWN_THREADS =
      task -> {
        Thread thread = new Thread(task, "footage-store");
        thread.setDaemon(true);
        return thread;
      };

  /**
   * Opens (creating if needed) the store under {@code root}, for the only server that uses it.
   *
   * @throws StorageFailure if the directories cannot be created
   */
  public FootageStore(Path root) {
    this(root, SINGLE_SERVER);
  }

  /**
   * Opens (creating if needed) the store under {@code root} for one of the servers sharing it. Each
   * server writes its work files in its own folder {@code incoming/<serverId>/}, so that at
   * start-up it can remove everything there: nothing of its own can be in progress yet. Uploads may
   * fill the disk to the last byte; use the constructor with a minimum free space to keep some.
   *
   * @throws StorageFailure if the directories cannot be created
   */
  public FootageStore(Path root, String serverId) {
    this(root, serverId, () -> 0);
  }

  /**
   * Opens (creating if needed) the store under {@code root} for one of the servers sharing it, as
   * {@link #FootageStore(Path, String)} does, refusing uploads that would leave less than a minimum
   * free ({@link #checkRoomFor}).
   *
   * @param minFreeBytes the free space an upload must leave on the store's filesystem, asked at the
   *     start of each upload
   * @throws StorageFailure if the directories cannot be created
   */
  public FootageStore(Path root, String serverId, LongSupplier minFreeBytes) {
    this(root, serverId, minFreeBytes, OWN_THREADS);
  }

  /**
   * As {@link #FootageStore(Path, String, LongSupplier)}, with the threads an upload hashes and
   * flushes on (in a container, its managed thread factory).
   */
  public FootageStore(
      Path root, String serverId, LongSupplier minFreeBytes, ThreadFactory threads) {
    this.threads = Objects.requireNonNull(threads, "threads");
    if (!SERVER_ID.matcher(serverId).matches()) {
      throw new IllegalArgumentException(
          "A server id is letters, digits, dots, hyphens and underscores: " + serverId);
    }
    this.root = root.toAbsolutePath().normalize();
    this.originals = this.root.resolve("originals");
    this.thumbnails = this.root.resolve("thumbnails");
    this.clips = this.root.resolve("clips");
    this.redacted = this.root.resolve("redacted");
    this.allIncoming = this.root.resolve("incoming");
    this.incoming = allIncoming.resolve(serverId);
    this.partial = this.root.resolve("partial");
    this.minFreeBytes = Objects.requireNonNull(minFreeBytes, "minFreeBytes");
    try {
      for (Path directory :
          new Path[] {originals, thumbnails, clips, redacted, incoming, partial}) {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw failure("Cannot create the footage store under " + this.root, e);
    }
  }

  /** The root directory of the store. */
  public Path root() {
    return root;
  }

  /** Where the original with this key is (or would be) stored. */
  public Path original(StorageKey key) {
    return shardedPath(originals, key, ORIGINAL_SUFFIX);
  }

  /** Where the thumbnail of the original with this key is (or would be) stored. */
  public Path thumbnail(StorageKey key) {
    return shardedPath(thumbnails, key, THUMBNAIL_SUFFIX);
  }

  /** Where the clip whose own SHA-256 is this key is (or would be) stored. */
  public Path clip(StorageKey key) {
    return shardedPath(clips, key, CLIP_SUFFIX);
  }

  /** Where a redacted copy made for a request is kept. */
  public Path redactedCopy(StorageKey key) {
    return shardedPath(redacted, key, CLIP_SUFFIX);
  }

  /** Whether an original with this key is stored. */
  public boolean exists(StorageKey key) {
    return Files.isRegularFile(original(key));
  }

  /**
   * The size of the stored original in bytes.
   *
   * @throws StorageFailure if it is missing or cannot be read
   */
  public long size(StorageKey key) {
    Path file = original(key);
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw failure("Cannot read the size of original " + key + " at " + file, e);
    }
  }

  /**
   * Opens the stored original for reading; the caller closes the stream.
   *
   * @throws StorageFailure if it is missing or cannot be read
   */
  public InputStream open(StorageKey key) {
    Path file = original(key);
    try {
      return Files.newInputStream(file, READ);
    } catch (IOException e) {
      throw failure("Cannot open original " + key + " at " + file, e);
    }
  }

  /**
   * Whether the stored original still hashes to its key (a fixity check). Reads the whole file.
   *
   * @throws StorageFailure if it is missing or cannot be read
   */
  public boolean isIntact(StorageKey key) {
    Path file = original(key);
    try (FileChannel channel = FileChannel.open(file, READ)) {
      MessageDigest digest = Sha256.newDigest();
      Sha256.update(digest, channel, 0, channel.size());
      return StorageKey.of(digest.digest()).equals(key);
    } catch (IOException e) {
      throw failure("Cannot read original " + key + " at " + file + " to check it", e);
    }
  }

  /**
   * Removes the original and its thumbnail, and the shard folders they leave empty. Deleting what
   * is already gone is not an error, so a retention sweep interrupted half-way can simply run
   * again.
   *
   * @throws StorageFailure if a file exists but cannot be removed
   */
  public void delete(StorageKey key) {
    deleteFile(original(key));
    removeEmptyShards(originals, original(key));
    deleteFile(thumbnail(key));
    removeEmptyShards(thumbnails, thumbnail(key));
  }

  /**
   * Removes a clip, and the shard folders it leaves empty. Deleting a clip that is already gone is
   * not an error, as with {@link #delete}.
   *
   * @throws StorageFailure if it exists but cannot be removed
   */
  public void deleteClip(StorageKey key) {
    deleteFile(clip(key));
    removeEmptyShards(clips, clip(key));
  }

  /**
   * Removes the two shard folders above a deleted file if nothing else is in them, so that a store
   * whose footage has all gone is empty again. A folder another file has reached is left, and a
   * commit that finds its folder removed under it makes it again ({@link #moveIntoShard}).
   */
  private static void removeEmptyShards(Path area, Path file) {
    for (Path shard = file.getParent();
        shard != null && !shard.equals(area) && shard.startsWith(area);
        shard = shard.getParent()) {
      try {
        Files.deleteIfExists(shard);
      } catch (DirectoryNotEmptyException e) {
        return; // another file shares the folder, and so its parent
      } catch (IOException e) {
        return; // only tidiness: an empty folder left behind costs nothing
      }
    }
  }

  /**
   * Stores (or replaces) the thumbnail of an original, taking the file over: it is moved, so make
   * it with {@link #scratchFile} to keep the move a rename on the same filesystem.
   *
   * @throws StorageFailure if it cannot be moved into place
   */
  public void putThumbnail(StorageKey key, Path jpeg) {
    Path target = thumbnail(key);
    try {
      try {
        // Thumbnails are derived and replaceable, so replacing an existing one is fine.
        moveIntoShard(jpeg, target);
      } catch (AtomicMoveNotSupportedException e) {
        Path copy = scratchFile(THUMBNAIL_SUFFIX);
        try {
          Files.copy(jpeg, copy, REPLACE_EXISTING);
          moveIntoShard(copy, target);
          Files.deleteIfExists(jpeg);
        } finally {
          Files.deleteIfExists(copy);
        }
      }
    } catch (IOException e) {
      throw failure("Cannot store the thumbnail of " + key + " at " + target, e);
    }
  }

  /**
   * A new empty file in {@code incoming/}, for work files such as a thumbnail being made. Removed
   * by {@link #cleanIncoming} if it is left behind.
   */
  public Path scratchFile(String suffix) {
    try {
      return Files.createTempFile(incoming, "scratch-", suffix);
    } catch (IOException e) {
      throw failure("Cannot create a work file in " + incoming, e);
    }
  }

  /** Removes a work file made by {@link #scratchFile}, if it is still there. */
  public void discardScratch(Path file) {
    if (!file.startsWith(incoming)) {
      throw new IllegalArgumentException(file + " is not a work file of this store");
    }
    deleteQuietly(file);
  }

  /**
   * Hashes a finished work file made by {@link #scratchFile}, such as a clip just cut, and stages
   * it where it is so that it can be committed like an upload ({@link #commitClip}). The SHA-256 is
   * computed by reading the file in 64 KiB blocks, so memory stays flat for any size.
   *
   * @throws IllegalArgumentException if the file is not a work file of this store
   * @throws StorageFailure if it cannot be read; the file is left for the caller to {@linkplain
   *     #discardScratch discard}
   */
  public Staged stageScratch(Path file) {
    Path work = file.toAbsolutePath().normalize();
    if (!work.startsWith(incoming) || work.equals(incoming)) {
      throw new IllegalArgumentException(file + " is not a work file of this store");
    }
    try (FileChannel channel = FileChannel.open(work, READ)) {
      long size = channel.size();
      MessageDigest digest = Sha256.newDigest();
      Sha256.update(digest, channel, 0, size);
      return new Staged(work, size, StorageKey.of(digest.digest()));
    } catch (IOException e) {
      throw failure("Cannot read the work file " + work + " to hash it", e);
    }
  }

  /**
   * Streams an upload into a new file in {@code incoming/}, computing its SHA-256 in the same pass.
   * Reads at most {@code maxBytes} and one block beyond, so an oversized body never fills the disk.
   *
   * @throws UploadTooLarge if the body is longer than {@code maxBytes}; nothing is kept
   * @throws UploadInterrupted if the body ends early with an error; nothing is kept
   * @throws StorageFull if the disk (or quota) is full; nothing is kept
   * @throws StorageFailure for other write failures; nothing is kept
   */
  public Staged stage(InputStream body, long maxBytes) {
    Path file = createIncoming("upload-");
    boolean keep = false;
    try {
      long size = 0;
      byte[] digest;
      try (FileChannel out = FileChannel.open(file, WRITE);
          BlockHasher hasher = new BlockHasher(threads)) {
        BlockReader reader = new BlockReader(body);
        while (true) {
          byte[] block = hasher.freeBlock();
          int read = readBody(reader, block, size, false);
          if (read < 0) {
            break;
          }
          if (size + read > maxBytes) {
            throw new UploadTooLarge(
                "The file is larger than the maximum of "
                    + UploadTooLarge.describe(maxBytes)
                    + " for one upload; nothing was stored.",
                maxBytes);
          }
          writeFully(out, ByteBuffer.wrap(block, 0, read), size);
          hasher.hash(block, read);
          size += read;
        }
        digest = hasher.finish();
      } catch (IOException e) {
        throw failure("Cannot write the upload to " + file, e);
      }
      keep = true;
      return new Staged(file, size, StorageKey.of(digest), flushing(file));
    } finally {
      if (!keep) {
        deleteQuietly(file);
      }
    }
  }

  /**
   * Starts forcing a staged file to disk on a thread of its own, so that the disk writes while the
   * caller checks the file (probe, thumbnail); {@link #commit} waits for it before the rename.
   */
  private CompletableFuture<Void> flushing(Path file) {
    CompletableFuture<Void> flushed = new CompletableFuture<>();
    Thread thread =
        threads.newThread(
            () -> {
              try (FileChannel channel = FileChannel.open(file, WRITE)) {
                channel.force(true);
                flushed.complete(null);
              } catch (IOException | RuntimeException e) {
                flushed.completeExceptionally(e);
              }
            });
    if (thread == null) {
      return null;
    }
    thread.start();
    return flushed;
  }

  /**
   * Like {@link #stage(InputStream, long)}, then checks the bytes against the SHA-256 the dock
   * declared.
   *
   * @throws HashMismatch if they differ; nothing is kept
   */
  public Staged stage(InputStream body, long maxBytes, StorageKey declared) {
    Objects.requireNonNull(declared, "declared");
    Staged staged = stage(body, maxBytes);
    if (!staged.key().equals(declared)) {
      discard(staged);
      throw new HashMismatch(declared, staged.key(), staged.size());
    }
    return staged;
  }

  /**
   * Makes a staged upload an original: flushed to disk, moved to its place under {@code originals/}
   * in one rename, made read-only. If the same bytes are already stored, the staged copy is dropped
   * and the existing original kept, so committing twice is harmless.
   *
   * @return the key of the original, the staged upload's SHA-256
   * @throws StorageFailure if it cannot be stored; the staged file is removed
   */
  public StorageKey commit(Staged staged) {
    return commitInto(originals, original(staged.key()), staged, "original");
  }

  /**
   * Makes a staged work file a clip, exactly as {@link #commit} makes an original: flushed to disk,
   * moved to its place under {@code clips/} (named by its own SHA-256) in one rename, made
   * read-only. If the same bytes are already stored as a clip, the staged copy is dropped and the
   * existing clip kept.
   *
   * @return the key of the clip, its SHA-256
   * @throws StorageFailure if it cannot be stored; the staged file is removed
   */
  public StorageKey commitClip(Staged staged) {
    return commitInto(clips, clip(staged.key()), staged, "clip");
  }

  /**
   * Stores a staged redacted copy (from {@link #stageScratch}) under its SHA-256, as {@link
   * #commitClip} does, in the redacted copies' own folder.
   */
  public StorageKey commitRedactedCopy(Staged staged) {
    return commitInto(redacted, redactedCopy(staged.key()), staged, "redacted copy");
  }

  private StorageKey commitInto(Path area, Path target, Staged staged, String what) {
    StorageKey key = staged.key();
    try {
      if (Files.exists(target)) {
        discard(staged);
        return key;
      }
      if (!flushed(staged)) {
        try (FileChannel channel = FileChannel.open(staged.file(), WRITE)) {
          channel.force(true);
        }
      }
      makeReadOnly(staged.file());
      Path leaf = target.getParent();
      boolean newLeaf = !Files.isDirectory(leaf);
      // On POSIX a rename onto an existing name replaces it. If another commit of the same bytes
      // got there between the check above and here, the bytes are identical (same SHA-256), and
      // anyone reading the earlier file keeps reading it, so the replacement is harmless.
      moveIntoShard(staged.file(), target);
      syncDirectory(leaf);
      if (newLeaf) {
        syncDirectory(leaf.getParent());
        syncDirectory(area);
      }
      return key;
    } catch (IOException e) {
      discard(staged);
      throw failure("Cannot store " + what + " " + key + " at " + target, e);
    }
  }

  /**
   * Waits for a staged file's flush started at staging, if one was.
   *
   * @return whether it was flushed so; false if none was started, or it did not finish
   */
  private static boolean flushed(Staged staged) {
    if (staged.flushing() == null) {
      return false;
    }
    try {
      staged.flushing().get();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      // Forced again by the caller, whose failure then says why.
      return false;
    }
  }

  /** Removes a staged upload that will not be committed. Harmless if it is already gone. */
  public void discard(Staged staged) {
    deleteQuietly(staged.file());
  }

  /**
   * Removes uploads and work files a stopped server left behind: every file in this server's own
   * folder of {@code incoming/} (call it at start-up, before any upload begins), and files in other
   * servers' folders last written at or before {@code now - olderThan}. Those servers may be
   * writing now, and an upload being written is modified continually, so pass an age comfortably
   * longer than the slowest step between two writes or between staging and commit (an hour is
   * plenty); resumable uploads live in {@code partial/} and are not touched.
   *
   * @return how many files were removed
   */
  public int cleanIncoming(Duration olderThan, Instant now) {
    int removed = removeOlderThan(incoming, Instant.MAX);
    Instant cutoff = now.minus(olderThan);
    removed += removeOlderThan(allIncoming, cutoff);
    try (DirectoryStream<Path> servers = Files.newDirectoryStream(allIncoming)) {
      for (Path server : servers) {
        if (Files.isDirectory(server, NOFOLLOW_LINKS) && !server.equals(incoming)) {
          removed += removeOlderThan(server, cutoff);
        }
      }
    } catch (IOException e) {
      throw failure("Cannot clean " + allIncoming, e);
    }
    return removed;
  }

  /** Bytes the store's filesystem can still take, for health checks and upload limits. */
  public long usableSpace() {
    try {
      return Files.getFileStore(root).getUsableSpace();
    } catch (IOException e) {
      throw failure("Cannot read the free space under " + root, e);
    }
  }

  /**
   * Refuses, before anything of it is written, an upload that would leave the store's filesystem
   * with less than the minimum free space. The free space is asked of the filesystem now: other
   * uploads, clips and whatever else shares the disk change it all the time. The minimum is kept
   * because the declared size is checked against one moment only, uploads run side by side, and a
   * disk filled to the last byte also stops thumbnails, clips and anything else writing there.
   *
   * @param declaredBytes the size of the file as the dock declared it, or negative if it did not
   *     say; then only the minimum itself must be free, and a disk that fills during the upload
   *     still ends it with {@link StorageFull}
   * @throws StorageFull if it does not fit with the minimum to spare; nothing was written
   */
  public void checkRoomFor(long declaredBytes) {
    long free = usableSpace();
    long keep = minFreeBytes.getAsLong();
    if (hasRoomFor(declaredBytes, keep, free)) {
      return;
    }
    String setting = " (evidence.storage.min-free-bytes)";
    throw new StorageFull(
        declaredBytes < 0
            ? "The footage store has "
                + UploadTooLarge.describe(free)
                + " free, less than the "
                + UploadTooLarge.describe(keep)
                + " it keeps free"
                + setting
                + ", so it takes no upload of unknown size now. Nothing was stored."
            : "The footage store has "
                + UploadTooLarge.describe(free)
                + " free and keeps at least "
                + UploadTooLarge.describe(keep)
                + " free"
                + setting
                + "; a file of "
                + UploadTooLarge.describe(declaredBytes)
                + " would leave less. Nothing was stored.",
        null);
  }

  /**
   * Whether a file of {@code declaredBytes} (negative: not declared, counted as nothing) leaves at
   * least {@code minFreeBytes} of {@code usableBytes}.
   */
  static boolean hasRoomFor(long declaredBytes, long minFreeBytes, long usableBytes) {
    // A subtraction, not declared + minimum: both may be near Long.MAX_VALUE.
    return usableBytes - Math.max(0, declaredBytes) >= minFreeBytes;
  }

  /** Where resumable uploads keep their parts, apart from incoming/ so start-up keeps them. */
  Path partialDirectory() {
    return partial;
  }

  /**
   * Turns a fully arrived file into a staged upload by renaming it into {@code incoming/}; its
   * modification time is set to now so that {@link #cleanIncoming} does not take it for a stray.
   */
  Staged adopt(Path file, long size, StorageKey key) throws IOException {
    Path target = incoming.resolve("upload-" + key + "-" + UUID.randomUUID() + ".tmp");
    Files.move(file, target, ATOMIC_MOVE);
    Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
    return new Staged(target, size, key);
  }

  static int removeOlderThan(Path directory, Instant cutoff) {
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        try {
          if (Files.isRegularFile(file, NOFOLLOW_LINKS)
              && !Files.getLastModifiedTime(file).toInstant().isAfter(cutoff)
              && Files.deleteIfExists(file)) {
            removed++;
          }
        } catch (NoSuchFileException e) {
          // Another server's clean-up or the upload's own commit got there first.
        }
      }
    } catch (IOException e) {
      throw failure("Cannot clean " + directory, e);
    }
    return removed;
  }

  /**
   * The exception for an I/O failure: {@link StorageFull} when the disk or quota is full, which the
   * JDK reports only in the message (ENOSPC, EDQUOT; ERROR_DISK_FULL on Windows).
   */
  static StorageFailure failure(String message, IOException cause) {
    if (isOutOfSpace(cause)) {
      return new StorageFull(
          message + ": the footage store is full (" + cause.getMessage() + ")", cause);
    }
    return new StorageFailure(message + ": " + cause, cause);
  }

  static boolean isOutOfSpace(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (saysOutOfSpace(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an error message (the JDK's, or a tool's such as ffmpeg's) says the disk is full. */
  static boolean saysOutOfSpace(String message) {
    return message != null
        && (message.contains("No space left on device")
            || message.contains("Disk quota exceeded")
            || message.contains("not enough space on the disk"));
  }

  /**
   * Reads the next block of a request body. A failure there is the connection's, not the disk's,
   * unless it says otherwise.
   *
   * @param kept whether the caller keeps what arrived before a failure (a resumable upload)
   */
  static int readBody(BlockReader body, byte[] block, long receivedSoFar, boolean kept) {
    try {
      return body.next(block);
    } catch (IOException e) {
      if (isOutOfSpace(e)) {
        throw failure("Cannot receive the upload", e);
      }
      String what =
          kept
              ? "; resume from offset " + receivedSoFar + "."
              : ". Nothing was stored; send the file again.";
      throw new UploadInterrupted(
          "The upload stopped after " + receivedSoFar + " bytes (" + e.getMessage() + ")" + what,
          kept ? receivedSoFar : 0,
          e);
    }
  }

  static void writeFully(FileChannel out, ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      at += out.write(buffer, at);
    }
  }

  /**
   * Renames a file into its shard folder, making the folder first. A deletion may remove the folder
   * as the last file in it goes, between making it and the rename; then it is made again.
   */
  private static void moveIntoShard(Path file, Path target) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        Files.createDirectories(target.getParent());
        Files.move(file, target, ATOMIC_MOVE);
        return;
      } catch (NoSuchFileException e) {
        if (attempt == 3 || !Files.exists(file)) {
          throw e;
        }
      }
    }
  }

  private Path shardedPath(Path base, StorageKey key, String suffix) {
    return base.resolve(key.firstShard()).resolve(key.secondShard()).resolve(key + suffix);
  }

  private Path createIncoming(String prefix) {
    try {
      return Files.createTempFile(incoming, prefix, ".tmp");
    } catch (IOException e) {
      throw failure("Cannot create an upload file in " + incoming, e);
    }
  }

  private static void makeReadOnly(Path file) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, NOFOLLOW_LINKS);
    if (posix != null) {
      posix.setPermissions(PosixFilePermissions.fromString("r--r-----"));
    } else if (!file.toFile().setWritable(false)) {
      throw new IOException("cannot make " + file + " read-only");
    }
  }

  /** Makes a rename durable; not every platform can open a directory, hence best effort. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; its renames are journalled by NTFS.
    }
  }

  private static void deleteFile(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (AccessDeniedException e) {
      // Platforms without POSIX permissions refuse to delete a read-only file.
      if (!file.toFile().setWritable(true)) {
        throw failure("Cannot delete " + file, e);
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException again) {
        throw failure("Cannot delete " + file, again);
      }
    } catch (IOException e) {
      throw failure("Cannot delete " + file, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // What cannot be removed now is removed by cleanIncoming at the next start-up.
    }
  }
}
