package uk.council.evidence.request.control;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.entity.RequestDocument;

/**
 * The documents that came with requests, under {@code documents/} in the footage store (outside the
 * web root), each named by its SHA-256 and kept read-only. A document is written to a work file
 * while it is hashed and counted, and moved into place only once it is whole and accepted, so a
 * refused or broken upload leaves nothing behind.
 */
public class DocumentStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final FootageStore store;
  private final Path documents;

  public DocumentStore(FootageStore store) {
    this.store = store;
    this.documents = store.root().resolve("documents");
    try {
      Files.createDirectories(documents);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + documents, e);
    }
  }

  /** A document received into a work file: not yet kept. */
  public record Received(Path scratch, String sha256, long size, String mediaType) {}

  /**
   * Reads a document into a work file, hashing and counting it.
   *
   * @throws InvalidInput if it is empty, larger than {@link RequestDocument#LARGEST}, or not a PDF,
   *     JPEG or PNG (the work file is removed)
   */
  public Received receive(InputStream in) {
    Path scratch = store.scratchFile(".document");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] head = new byte[8];
      int headLength = 0;
      long size = 0;
      try (OutputStream out =
          new DigestOutputStream(Files.newOutputStream(scratch, StandardOpenOption.WRITE), sha)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
          if (headLength < head.length) {
            int take = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, 0, head, headLength, take);
            headLength += take;
          }
          size += n;
          if (size > RequestDocument.LARGEST) {
            throw new InvalidInput(
                "file",
                "The file is larger than "
                    + RequestDocument.LARGEST / (1024 * 1024)
                    + " MB: scan it at a lower resolution, or split it.");
          }
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw new InvalidInput("file", "Choose a file: the one sent was empty.");
      }
      String type = RequestDocument.mediaTypeOf(java.util.Arrays.copyOf(head, headLength));
      return new Received(scratch, HexFormat.of().formatHex(sha.digest()), size, type);
    } catch (IOException e) {
      store.discardScratch(scratch);
      throw new UncheckedIOException("Cannot receive a document", e);
    } catch (NoSuchAlgorithmException e) {
      store.discardScratch(scratch);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      store.discardScratch(scratch);
      throw e;
    }
  }

  /**
   * Keeps a received document under its SHA-256: durable, read-only, then renamed into place. The
   * same document sent twice is kept once.
   */
  public Path keep(Received received) {
    Path target = file(received.sha256());
    try {
      if (Files.exists(target)) {
        store.discardScratch(received.scratch());
        return target;
      }
      Files.createDirectories(target.getParent());
      try (FileChannel channel = FileChannel.open(received.scratch(), StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      received.scratch().toFile().setReadOnly();
      Files.move(received.scratch(), target, ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep document " + received.sha256(), e);
    }
  }

  /** Removes a received document that will not be kept. */
  public void discard(Received received) {
    store.discardScratch(received.scratch());
  }

  /** Where the document with this SHA-256 is kept. */
  public Path file(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return documents.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
