package uk.council.evidence.reports.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.casework.entity.RequestSource;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.disclosure.ContinuityStatement;
import uk.council.evidence.reports.disclosure.PackageWriter;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SigningKey;

/**
 * The package benchmark's helper (package-bench.sh): builds one disclosure package of the files
 * given, as the server's package worker does once it has the plan (each file hashed as it is copied
 * into the ZIP and checked against its SHA-256, a signed continuity statement for each, the
 * manifest and the checksums, the ZIP's own SHA-256), writes it to a file and forces it to disk as
 * recording it does. Prints the seconds of the write and of the force, and the old generation's
 * peak after the build. A package of one small file is built first, untimed, as the server's worker
 * runs warm with its report templates compiled.
 *
 * <pre>
 *   build --zip FILE --keystore FILE FILE=SHA256 ...
 * </pre>
 */
public final class PackageBenchTool {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  public static void main(String[] args) throws Exception {
    if (args.length < 5 || !args[0].equals("build") || !args[1].equals("--zip")
        || !args[3].equals("--keystore")) {
      System.err.println("usage: build --zip FILE --keystore FILE FILE=SHA256 ...");
      System.exit(2);
    }
    Path zip = Path.of(args[2]);
    Path keystore = Path.of(args[4]);
    char[] password = "bench-only".toCharArray();
    SigningKey key =
        Files.exists(keystore)
            ? SigningKey.load(keystore, password, null, NOW)
            : SigningKey.createDevelopmentKeystore(keystore, password, "Bench Council", NOW);
    List<PackagePlan.Item> items = new ArrayList<>();
    long id = 1;
    for (int i = 5; i < args.length; i++) {
      int eq = args[i].lastIndexOf('=');
      Path file = Path.of(args[i].substring(0, eq));
      items.add(item(id++, file, args[i].substring(eq + 1)));
    }
    PackagePlan plan =
        new PackagePlan(
            "DP-2026-9999",
            new RequestSource(1, "SAR-2026-0001", "Subject access request"),
            Recipient.check(
                new Recipient.Typed(
                    "DATA_SUBJECT", "", "Sam Taylor", "SUBJECT_ACCESS", "Benchmark.", "24/12/2026"),
                RecipientKind.FOR_REQUESTS,
                NOW,
                CouncilTime.ZONE),
            "Bench Officer",
            NOW,
            items);
    PackageWriter writer =
        new PackageWriter(
            new ContinuityStatement(new SignedPdfs(new ReportTemplates(), new PdfFinishing(key))),
            "Bench Council",
            "bench.officer",
            Clock.fixed(NOW, ZoneOffset.UTC));
    // The server's worker builds with the templates compiled and the code warm: so does this, with
    // a package of one small file first, untimed.
    Path small = Files.createTempFile(zip.getParent(), "warm-up", ".mp4");
    Path smallZip = Files.createTempFile(zip.getParent(), "warm-up", ".zip");
    try {
      Files.write(small, new byte[1 << 20]);
      String smallSha =
          java.util.HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256").digest(new byte[1 << 20]));
      PackagePlan warmUp =
          new PackagePlan(
              "DP-2026-9998",
              plan.source(),
              plan.recipient(),
              plan.producedBy(),
              NOW,
              List.of(item(99, small, smallSha)));
      try (OutputStream out = Files.newOutputStream(smallZip)) {
        writer.write(warmUp, out, (done, of) -> {});
      }
    } finally {
      Files.deleteIfExists(small);
      Files.deleteIfExists(smallZip);
    }
    long t0 = System.nanoTime();
    PackageContents contents;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16)) {
      contents = writer.write(plan, out, (done, of) -> {});
    }
    long t1 = System.nanoTime();
    try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    long t2 = System.nanoTime();
    long peakOld = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
        peakOld = Math.max(peakOld, pool.getPeakUsage().getUsed());
      }
    }
    System.out.printf(
        "write=%.3f force=%.3f bytes=%d sha256=%s peak_old_mib=%d%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        contents.size(),
        contents.sha256(),
        peakOld >> 20);
  }

  private static PackagePlan.Item item(long id, Path file, String sha256) throws Exception {
    var camera = new Camera("VB400-0188" + id, "Motorola", "VB400", null, null, NOW);
    var dock = new Dock("bench-dock", "Bench depot", NOW);
    var times = new RecordedTimes(NOW.minusSeconds(3600), NOW.minusSeconds(600));
    var media = new MediaInfo(Duration.ofSeconds(3000), "h264", "aac", 1920, 1080, null);
    Recording recording =
        new Recording(
            sha256, Files.size(file), camera, null, times, dock, "isom", media, true, NOW,
            "DEFAULT", NOW);
    Field field = Recording.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(recording, id);
    return new PackagePlan.Item(
        null,
        recording,
        null,
        file,
        "recordings/recording-" + id + "/" + file.getFileName() + "_original.mp4",
        List.of());
  }
}
