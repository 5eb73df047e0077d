package uk.council.evidence.footage.control;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import uk.council.evidence.footage.entity.StorageKey;

/**
 * An upload that has fully arrived in the store's {@code incoming/} directory and been hashed, but
 * is not yet part of the library. It becomes an original through {@link
 * FootageStore#commit(Staged)}, or goes away through {@link FootageStore#discard(Staged)}; a server
 * that dies in between leaves it to {@link FootageStore#cleanIncoming}.
 */
public final class Staged {

  private final Path file;
  private final long size;
  private final StorageKey key;
  private final CompletableFuture<Void> flushing;

  // Only the store makes these, so commit never moves a file from anywhere but incoming/.
  Staged(Path file, long size, StorageKey key) {
    this(file, size, key, null);
  }

  Staged(Path file, long size, StorageKey key, CompletableFuture<Void> flushing) {
    this.file = file;
    this.size = size;
    this.key = key;
    this.flushing = flushing;
  }

  /** The file being forced to disk since it was staged; null if that waits for the commit. */
  CompletableFuture<Void> flushing() {
    return flushing;
  }

  /** The temporary file, for checks that read it before commit (MP4 signature, probe). */
  public Path file() {
    return file;
  }

  /** Bytes received. */
  public long size() {
    return size;
  }

  /** The SHA-256 the server computed over the bytes as they arrived. */
  public StorageKey key() {
    return key;
  }

  @Override
  public String toString() {
    return "Staged[" + key + ", " + size + " bytes, " + file + "]";
  }
}
