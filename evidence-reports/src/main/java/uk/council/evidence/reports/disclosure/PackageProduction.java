package uk.council.evidence.reports.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.PackageWriting;
import uk.council.evidence.reports.ReportSigning;
import uk.council.evidence.reports.pdf.SigningKeyException;

/**
 * Writes disclosure packages for casework's package worker, which plans each (as the officer who
 * asked), hands the plan here, and records what was written: the ZIP, each file hashed as it is
 * copied in and checked against the SHA-256 the council recorded for it, each continuity statement
 * signed with the council's key. No transaction: it reads the stored files and writes a work file,
 * which may take minutes for long recordings.
 */
@ApplicationScoped
public class PackageProduction implements PackageWriting {

  @Inject ReportSigning signing;
  @Inject Clock clock;

  @Override
  public PackageContents write(PackagePlan plan, Path work, String producedBy, Progress progress)
      throws IOException {
    PackageWriter writer;
    try {
      writer =
          new PackageWriter(
              new ContinuityStatement(signing.pdfs()), signing.councilName(), producedBy, clock);
    } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    PackageContents contents;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work), 1 << 16)) {
      contents = writer.write(plan, out, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // Forced here, outside the transaction that records it, so that the record's own force finds
    // nothing left to write and its transaction stays short.
    try (FileChannel channel = FileChannel.open(work, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return contents;
  }
}
