package uk.council.evidence.casework.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes the council's copies, clip and package files, at the moment their records allow: after
 * the transaction that ends them has committed, or after the one that made them has rolled back. A
 * removal that fails (or a crash between the commit and the removal) leaves a file that nothing
 * refers to; {@link #leftOver} finds such files for the hourly reconciliation.
 */
@ApplicationScoped
public class CopyRemoval {

  private static final Logger LOG = Logger.getLogger(CopyRemoval.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  /** Runs {@code removal} once the current transaction has committed. */
  public void afterCommit(Runnable removal) {
    afterCompletion(removal, true);
  }

  /** Runs {@code removal} if the current transaction rolls back. */
  public void afterRollback(Runnable removal) {
    afterCompletion(removal, false);
  }

  private void afterCompletion(Runnable action, boolean committed) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == committed) {
              try {
                action.run();
              } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not remove a disclosure file; remove it by hand", e);
              }
            }
          }
        });
  }

  /**
   * The files under {@code dir} last changed before {@code olderThan}: younger ones may belong to a
   * transaction that has not committed yet.
   */
  public static List<Path> leftOver(Path dir, Instant olderThan) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                try {
                  return Files.getLastModifiedTime(f).toInstant().isBefore(olderThan);
                } catch (IOException e) {
                  return false;
                }
              })
          .toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not list " + dir, e);
      return List.of();
    }
  }

  /**
   * Removes a file nothing refers to, saying so in the log.
   *
   * @return whether it was removed
   */
  public static boolean removeLeftOver(Path file) {
    try {
      Files.deleteIfExists(file);
      LOG.warning(() -> "Removed " + file + ": no kept clip or live package refers to it");
      return true;
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Could not remove " + file + "; remove it by hand", e);
      return false;
    }
  }
}
