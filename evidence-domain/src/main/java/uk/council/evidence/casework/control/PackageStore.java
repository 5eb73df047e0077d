package uk.council.evidence.casework.control;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import uk.council.evidence.footage.control.FootageStore;

/**
 * The council's own copies of disclosure packages, under {@code packages/} in the footage store,
 * named by reference. A package is built in a scratch file of the store and moved into place whole,
 * read-only; it is removed when it is revoked, expires or its case closes.
 */
public class PackageStore {

  private static final Pattern REFERENCE = Pattern.compile("DP-\\d{4}-\\d{4,}");

  private final FootageStore store;
  private final Path packages;

  public PackageStore(FootageStore store) {
    this.store = store;
    this.packages = store.root().resolve("packages");
    try {
      Files.createDirectories(packages);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + packages, e);
    }
  }

  /** A new empty work file to build a package in. */
  public Path scratch() {
    return store.scratchFile(".zip");
  }

  /** Removes a work file that will not become a package. */
  public void discard(Path scratch) {
    store.discardScratch(scratch);
  }

  /** Where the package with this reference is kept. */
  public Path file(String reference) {
    if (!REFERENCE.matcher(reference).matches()) {
      throw new IllegalArgumentException("Not a package reference: " + reference);
    }
    return packages.resolve(reference + ".zip");
  }

  /** Makes a finished scratch file the package's copy: durable, read-only, then renamed. */
  public Path commit(Path scratch, String reference) {
    Path target = file(reference);
    try {
      try (FileChannel channel = FileChannel.open(scratch, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      scratch.toFile().setReadOnly();
      Files.move(scratch, target, ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store package " + reference + " at " + target, e);
    }
  }

  /** Removes the package's copy; removing one already gone is not an error. */
  public void delete(String reference) {
    try {
      Files.deleteIfExists(file(reference));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove package " + reference, e);
    }
  }
}
