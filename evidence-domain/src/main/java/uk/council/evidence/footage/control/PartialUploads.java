package uk.council.evidence.footage.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import uk.council.evidence.footage.entity.HashMismatch;
import uk.council.evidence.footage.entity.StorageFailure;
import uk.council.evidence.footage.entity.StorageFull;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.footage.entity.UnknownUpload;
import uk.council.evidence.footage.entity.UploadBusy;
import uk.council.evidence.footage.entity.UploadInterrupted;
import uk.council.evidence.footage.entity.UploadStatus;
import uk.council.evidence.footage.entity.UploadTooLarge;
import uk.council.evidence.footage.entity.UploadUnderWay;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Uploads that arrive in several requests, so that a dock that lost its connection part-way through
 * a large file continues from where it stopped instead of sending it all again (the approach of the
 * tus.io protocol, which the {@linkplain uk.council.evidence.footage package description} sets out
 * step by step).
 *
 * <p>Each upload is two files in the store's {@code partial/} directory: {@code <id>.part}, the
 * bytes received so far, and {@code <id>.properties}, what the dock declared. The id is the
 * declared SHA-256, so starting the same file again finds the upload already under way, even if the
 * dock forgot its id. The size of the part file is the offset; nothing else needs to be kept in
 * step with it.
 *
 * <p>The SHA-256 is computed as chunks arrive and kept in memory between chunks. A digest's state
 * cannot be saved, so after a restart (or when the chunk was taken by another server sharing the
 * store) the part file is read from disk once to rebuild it: that costs one read of what had
 * arrived, once per resumption.
 *
 * <p>A file lock on the part file keeps two requests from writing one upload at once, also across
 * servers sharing the store (on NFS with working locks).
 */
public class PartialUploads {

  private static final String PART = ".part";
  private static final String SIDECAR = ".properties";
  private static final String DETAIL = "detail.";

  private final FootageStore store;
  private final long maxBytes;
  private final Path directory;

  /** The running digest of each upload this server last wrote to, and how many bytes it covers. */
  private final ConcurrentMap<StorageKey, RunningDigest> digests = new ConcurrentHashMap<>();

  /**
   * @param maxBytes the largest file a dock may declare
   */
  public PartialUploads(FootageStore store, long maxBytes) {
    this.store = store;
    this.maxBytes = maxBytes;
    this.directory = store.partialDirectory();
  }

  /**
   * Starts an upload, or finds the one already under way for the same file.
   *
   * @param declaredSha256 the SHA-256 of the whole file, as the dock computed it
   * @param declaredSize the size of the whole file in bytes
   * @param details kept with the upload for whoever finishes it (camera serial, recorded times);
   *     the first start's details are kept
   * @throws UploadTooLarge if the size is above the maximum
   * @throws InvalidInput if the size is not positive, or an upload of the same file is under way
   *     with a different declared size
   * @throws StorageFull if the file would leave the store less than its minimum free space ({@link
   *     FootageStore#checkRoomFor}); finding an upload already under way checks nothing, as it was
   *     checked when it began and a disk that fills meanwhile ends a chunk with this same exception
   */
  public UploadStatus start(
      StorageKey declaredSha256, long declaredSize, Map<String, String> details, Instant now) {
    if (declaredSize <= 0) {
      throw new InvalidInput(
          "size", "Declare the size of the file in bytes; it must be more than 0.");
    }
    if (declaredSize > maxBytes) {
      throw new UploadTooLarge(
          "The file's declared size of "
              + UploadTooLarge.describe(declaredSize)
              + " is larger than the maximum of "
              + UploadTooLarge.describe(maxBytes)
              + " for one upload.",
          maxBytes);
    }
    Path part = part(declaredSha256);
    Path sidecar = sidecar(declaredSha256);
    if (Files.exists(sidecar) && Files.exists(part)) {
      UploadStatus existing = status(declaredSha256.sha256());
      if (existing.declaredSize() != declaredSize) {
        throw new InvalidInput(
            "size",
            "An upload of this file (SHA-256 "
                + declaredSha256
                + ") is already under way with a declared size of "
                + existing.declaredSize()
                + " bytes, not "
                + declaredSize
                + "; continue it, or abandon it and start again.");
      }
      return existing;
    }
    store.checkRoomFor(declaredSize);
    try {
      try {
        Files.createFile(part);
      } catch (FileAlreadyExistsException e) {
        // A start that stopped before writing its record, or one running now: the part file only
        // ever holds bytes sent for this SHA-256, and finish checks them all.
      }
      writeSidecar(declaredSha256, declaredSize, details, now);
    } catch (IOException e) {
      throw FootageStore.failure("Cannot start an upload in " + directory, e);
    }
    return status(declaredSha256.sha256());
  }

  /**
   * Where an upload stands: above all the offset at which the dock continues.
   *
   * @throws UnknownUpload if no upload with this id is in progress
   */
  public UploadStatus status(String uploadId) {
    StorageKey key = parseId(uploadId);
    UploadStatus declared = readSidecar(key, uploadId);
    try {
      return declared.withReceived(Files.size(part(key)));
    } catch (NoSuchFileException e) {
      throw new UnknownUpload(uploadId);
    } catch (IOException e) {
      throw FootageStore.failure("Cannot read upload " + uploadId, e);
    }
  }

  /**
   * Appends a chunk, if it starts where the upload stands. If it does not, nothing is read or
   * changed and the receipt says where to continue. If the chunk's body fails part-way, what
   * arrived is kept, so the dock continues after it.
   *
   * @param offset where the dock says this chunk starts in the file
   * @throws UnknownUpload if no upload with this id is in progress
   * @throws UploadTooLarge if the chunk would take the upload past its declared size; the chunk is
   *     dropped and the upload stays where it was
   * @throws UploadInterrupted if the body failed part-way; what arrived is kept
   * @throws UploadBusy if another request is writing to this upload
   * @throws StorageFull if the disk filled; what arrived before is kept
   */
  public ChunkReceipt append(String uploadId, long offset, InputStream chunk) {
    UploadStatus upload = status(uploadId);
    StorageKey key = upload.declaredSha256();
    try (FileChannel channel = openPart(key, uploadId);
        FileLock lock = lock(channel, uploadId)) {
      long received = channel.size();
      if (offset != received) {
        return new ChunkReceipt(false, upload.withReceived(received));
      }
      RunningDigest running = digestOf(key, channel, received);
      long chunkStart = received;
      MessageDigest atChunkStart = Sha256.copyOf(running.digest);
      BlockReader reader = new BlockReader(chunk);
      byte[] block = new byte[Sha256.BLOCK_BYTES];
      ByteBuffer buffer = ByteBuffer.wrap(block);
      try {
        while (true) {
          int read;
          try {
            read = FootageStore.readBody(reader, block, received, true);
          } catch (UploadInterrupted e) {
            channel.force(false);
            throw e;
          }
          if (read < 0) {
            break;
          }
          if (received + read > upload.declaredSize()) {
            // Keeping the part that fits would leave the dock guessing which bytes were taken.
            channel.truncate(chunkStart);
            received = chunkStart;
            running = atChunkStart == null ? null : new RunningDigest(atChunkStart);
            throw new UploadTooLarge(
                "The chunk would take the upload past its declared size of "
                    + upload.declaredSize()
                    + " bytes; it was not kept, and the upload stays at offset "
                    + chunkStart
                    + ".",
                upload.declaredSize());
          }
          buffer.clear().limit(read);
          try {
            FootageStore.writeFully(channel, buffer, received);
          } catch (IOException e) {
            // The digest has not seen this block: cut the file back to what it has seen.
            channel.truncate(received);
            throw FootageStore.failure(
                "Cannot write upload " + uploadId + " after " + received + " bytes", e);
          }
          running.digest.update(block, 0, read);
          received += read;
        }
        // The offset the dock is told must survive a crash, or it would skip bytes.
        channel.force(false);
      } finally {
        remember(key, running, received);
      }
      return new ChunkReceipt(true, upload.withReceived(received));
    } catch (IOException e) {
      throw FootageStore.failure("Cannot write upload " + uploadId, e);
    }
  }

  /**
   * Checks a complete upload against its declared SHA-256 and hands it over as a staged file for
   * the MP4 check and {@link FootageStore#commit}. After this the upload id is no longer known.
   *
   * @throws InvalidInput if bytes are still missing
   * @throws HashMismatch if the bytes do not hash to the declared SHA-256; the upload is removed
   *     and the dock starts again
   * @throws UnknownUpload if no upload with this id is in progress
   * @throws UploadBusy if another request is writing to this upload
   */
  public Staged finish(String uploadId) {
    UploadStatus upload = status(uploadId);
    StorageKey key = upload.declaredSha256();
    try (FileChannel channel = openPart(key, uploadId);
        FileLock lock = lock(channel, uploadId)) {
      long received = channel.size();
      if (received != upload.declaredSize()) {
        throw new InvalidInput(
            "offset",
            "The upload has "
                + received
                + " of its "
                + upload.declaredSize()
                + " bytes; send the rest from offset "
                + received
                + " before finishing it.");
      }
      StorageKey actual = StorageKey.of(digestOf(key, channel, received).digest.digest());
      digests.remove(key);
      if (!actual.equals(key)) {
        removeFiles(key);
        throw new HashMismatch(key, actual, received);
      }
      Staged staged = store.adopt(part(key), received, key);
      Files.deleteIfExists(sidecar(key));
      return staged;
    } catch (IOException e) {
      throw FootageStore.failure("Cannot finish upload " + uploadId, e);
    }
  }

  /**
   * Abandons an upload and removes what arrived. Abandoning one that is not there is not an error.
   *
   * @throws UploadBusy if another request is writing to this upload
   */
  public void abort(String uploadId) {
    StorageKey key;
    try {
      key = parseId(uploadId);
    } catch (UnknownUpload e) {
      return;
    }
    try {
      if (Files.exists(part(key))) {
        try (FileChannel channel = FileChannel.open(part(key), READ, WRITE);
            FileLock lock = lock(channel, uploadId)) {
          removeFiles(key);
        }
      } else {
        removeFiles(key);
      }
    } catch (NoSuchFileException e) {
      // Finished or abandoned meanwhile.
    } catch (IOException e) {
      throw FootageStore.failure("Cannot remove upload " + uploadId, e);
    }
  }

  /**
   * Every upload under way, the oldest first: those whose record and bytes are both there (a start
   * cut short, or one finishing or cancelled as the list is read, is left out).
   */
  public List<UploadUnderWay> underWay() {
    List<UploadUnderWay> found = new ArrayList<>();
    for (Path file : listing()) {
      String name = file.getFileName().toString();
      StorageKey key = keyOf(name);
      if (key != null && name.endsWith(SIDECAR)) {
        try {
          UploadStatus status = status(key.sha256());
          found.add(new UploadUnderWay(status, lastActivity(key)));
        } catch (UnknownUpload | StorageFailure e) {
          // Not (or no longer) a whole upload.
        } catch (IOException e) {
          // Finished or cancelled meanwhile.
        }
      }
    }
    found.sort(Comparator.comparing(u -> u.status().createdAt()));
    return found;
  }

  /**
   * Removes uploads with no activity since {@code now - olderThan} (a dock that never came back),
   * and stray files of interrupted starts. An upload being written is never removed. Call it at
   * start-up and daily with an age of days, so that a dock away over a weekend can still resume.
   *
   * @return how many files were removed
   */
  public int cleanAbandoned(Duration olderThan, Instant now) {
    Instant cutoff = now.minus(olderThan);
    List<Path> files = listing();
    List<Path> strays = new ArrayList<>();
    int removed = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      StorageKey key = keyOf(name);
      if (key == null || !(name.endsWith(SIDECAR) || name.endsWith(PART))) {
        strays.add(file);
      } else if (name.endsWith(SIDECAR)) {
        removed += removeIfAbandoned(key, cutoff);
      } else if (!Files.exists(sidecar(key))) {
        strays.add(file);
      }
    }
    for (Path stray : strays) {
      try {
        if (!lastModified(stray).isAfter(cutoff) && Files.deleteIfExists(stray)) {
          removed++;
        }
      } catch (IOException e) {
        // Gone already, or not ours to remove; the next clean-up tries again.
      }
    }
    return removed;
  }

  private int removeIfAbandoned(StorageKey key, Instant cutoff) {
    Path part = part(key);
    try {
      if (lastActivity(key).isAfter(cutoff)) {
        return 0;
      }
      boolean hadPart = Files.exists(part);
      if (hadPart) {
        try (FileChannel channel = FileChannel.open(part, READ, WRITE);
            FileLock lock = channel.tryLock()) {
          if (lock == null) {
            return 0;
          }
          removeFiles(key);
        } catch (OverlappingFileLockException e) {
          return 0;
        }
      } else {
        removeFiles(key);
      }
      return hadPart ? 2 : 1;
    } catch (IOException e) {
      // Removed meanwhile by its own finish or by another server's clean-up.
      return 0;
    }
  }

  private List<Path> listing() {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    } catch (IOException e) {
      throw FootageStore.failure("Cannot list " + directory, e);
    }
  }

  /** When the upload's record or its bytes last changed. */
  private Instant lastActivity(StorageKey key) throws IOException {
    Instant activity = lastModified(sidecar(key));
    Path part = part(key);
    if (Files.exists(part)) {
      Instant written = lastModified(part);
      activity = written.isAfter(activity) ? written : activity;
    }
    return activity;
  }

  private void removeFiles(StorageKey key) throws IOException {
    digests.remove(key);
    // Part first: a crash in between leaves a record without a part, which status treats as
    // unknown and the clean-up removes, never bytes without their declaration.
    Files.deleteIfExists(part(key));
    Files.deleteIfExists(sidecar(key));
  }

  private RunningDigest digestOf(StorageKey key, FileChannel channel, long size)
      throws IOException {
    RunningDigest running = digests.get(key);
    // The part file only ever grows past what a digest has seen or is cut back to it, so a digest
    // covering as many bytes as the file holds covers these very bytes.
    if (running != null && running.length == size) {
      return running;
    }
    RunningDigest rebuilt = new RunningDigest(Sha256.newDigest());
    Sha256.update(rebuilt.digest, channel, 0, size);
    rebuilt.length = size;
    return rebuilt;
  }

  private void remember(StorageKey key, RunningDigest running, long length) {
    if (running == null) {
      digests.remove(key);
    } else {
      running.length = length;
      digests.put(key, running);
    }
  }

  private static FileLock lock(FileChannel channel, String uploadId) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new UploadBusy(uploadId);
      }
      return lock;
    } catch (OverlappingFileLockException e) {
      throw new UploadBusy(uploadId);
    }
  }

  private FileChannel openPart(StorageKey key, String uploadId) throws IOException {
    try {
      return FileChannel.open(part(key), READ, WRITE);
    } catch (NoSuchFileException e) {
      throw new UnknownUpload(uploadId);
    }
  }

  private void writeSidecar(
      StorageKey key, long declaredSize, Map<String, String> details, Instant now)
      throws IOException {
    Properties record = new Properties();
    record.setProperty("sha256", key.sha256());
    record.setProperty("size", Long.toString(declaredSize));
    record.setProperty("createdAt", now.toString());
    details.forEach((name, value) -> record.setProperty(DETAIL + name, value));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, UTF_8)) {
      record.store(writer, "BWV Evidence resumable upload");
    }
    // Written aside and renamed, so a reader never sees half a record.
    Path temporary = directory.resolve(key + SIDECAR + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
        FootageStore.writeFully(channel, ByteBuffer.wrap(bytes.toByteArray()), 0);
        channel.force(true);
      }
      Files.move(temporary, sidecar(key), ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private UploadStatus readSidecar(StorageKey key, String uploadId) {
    Path sidecar = sidecar(key);
    Properties record = new Properties();
    try (Reader reader = Files.newBufferedReader(sidecar, UTF_8)) {
      record.load(reader);
    } catch (NoSuchFileException e) {
      throw new UnknownUpload(uploadId);
    } catch (IOException e) {
      throw FootageStore.failure("Cannot read upload " + uploadId, e);
    }
    try {
      Map<String, String> details = new HashMap<>();
      for (String name : record.stringPropertyNames()) {
        if (name.startsWith(DETAIL)) {
          details.put(name.substring(DETAIL.length()), record.getProperty(name));
        }
      }
      return new UploadStatus(
          key.sha256(),
          new StorageKey(record.getProperty("sha256")),
          Long.parseLong(record.getProperty("size")),
          0,
          Instant.parse(record.getProperty("createdAt")),
          details);
    } catch (NullPointerException
        | NumberFormatException
        | DateTimeParseException
        | InvalidInput e) {
      throw new StorageFailure(
          "The record of upload " + uploadId + " at " + sidecar + " is damaged", e);
    }
  }

  private StorageKey parseId(String uploadId) {
    try {
      return StorageKey.parse(uploadId);
    } catch (InvalidInput e) {
      throw new UnknownUpload(uploadId);
    }
  }

  private static StorageKey keyOf(String fileName) {
    int dot = fileName.indexOf('.');
    try {
      return dot < 0 ? null : new StorageKey(fileName.substring(0, dot));
    } catch (InvalidInput e) {
      return null;
    }
  }

  private static Instant lastModified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toInstant();
  }

  private Path part(StorageKey key) {
    return directory.resolve(key + PART);
  }

  private Path sidecar(StorageKey key) {
    return directory.resolve(key + SIDECAR);
  }

  /** A digest and the number of bytes it has seen; touched only under the upload's file lock. */
  private static final class RunningDigest {
    final MessageDigest digest;
    long length;

    RunningDigest(MessageDigest digest) {
      this.digest = digest;
    }
  }
}
