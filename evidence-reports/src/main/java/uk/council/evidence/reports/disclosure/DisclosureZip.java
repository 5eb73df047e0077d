package uk.council.evidence.reports.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.council.evidence.reports.JsonText;

/**
 * Writes a disclosure package as a ZIP, streaming: each file is hashed while it is copied in, and
 * {@link #finish} adds {@code manifest.json} (the package's details and every file with its SHA-256
 * and size) and {@code SHA256SUMS} (every file but itself, in the format {@code sha256sum -c}
 * reads), and returns the SHA-256 of the whole ZIP. Video is stored without compression (it does
 * not compress, and a gigabyte recording must not cost a minute of CPU); text and PDFs are
 * deflated.
 */
public final class DisclosureZip implements AutoCloseable {

  /** Names a recipient's tools handle everywhere: no spaces, no way out of the package's folder. */
  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

  public static final String MANIFEST = "manifest.json";
  public static final String SUMS = "SHA256SUMS";

  /** One file in the package, as the manifest lists it. */
  public record PackedFile(String path, String sha256, long size, Map<String, Object> about) {}

  /**
   * A finished package: its files (the manifest, then the checksums, last), and the SHA-256 and
   * size of the ZIP.
   */
  public record Sealed(List<PackedFile> files, String sha256, long size) {}

  private final MessageDigest whole = sha256();
  private final CountingStream counted;
  private final ZipOutputStream zip;
  private final List<PackedFile> files = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();
  private Sealed sealed;

  public DisclosureZip(OutputStream out) {
    this.counted = new CountingStream(new DigestOutputStream(out, whole));
    this.zip = new ZipOutputStream(counted, StandardCharsets.UTF_8);
  }

  /**
   * Copies a file into the package, hashing it on the way.
   *
   * @param path where it goes in the package, e.g. {@code exhibits/JS-1.mp4}
   * @param compress whether deflating is worth it (not for video)
   * @param about what the manifest says about it besides its path, hash and size
   */
  public PackedFile add(
      String path, InputStream content, boolean compress, Map<String, Object> about)
      throws IOException {
    if (sealed != null) {
      throw new IllegalStateException("The package is already finished");
    }
    if (!SAFE_PATH.matcher(path).matches()
        || path.equals(MANIFEST)
        || path.equals(SUMS)
        || !paths.add(path)) {
      throw new IllegalArgumentException("Not a usable path in a package, or used twice: " + path);
    }
    ZipEntry entry = new ZipEntry(path);
    zip.setLevel(compress ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
    zip.putNextEntry(entry);
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    long size = 0;
    for (int n; (n = content.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
      zip.write(buffer, 0, n);
      size += n;
    }
    zip.closeEntry();
    PackedFile file =
        new PackedFile(path, HexFormat.of().formatHex(digest.digest()), size, Map.copyOf(about));
    files.add(file);
    return file;
  }

  /**
   * Adds the manifest and the checksums and closes the ZIP.
   *
   * @param details the package's own details for the manifest (reference, recipient, basis...), in
   *     the order they should appear
   */
  public Sealed finish(Map<String, Object> details) throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>(details);
    List<Object> listed = new ArrayList<>();
    for (PackedFile f : files) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", f.path());
      item.put("sha256", f.sha256());
      item.put("size", f.size());
      item.putAll(new java.util.TreeMap<>(f.about()));
      listed.add(item);
    }
    manifest.put("files", listed);
    add(MANIFEST, JsonText.write(manifest).getBytes(StandardCharsets.UTF_8), Map.of());
    StringBuilder sums = new StringBuilder();
    for (PackedFile f : files) {
      sums.append(f.sha256()).append("  ").append(f.path()).append('\n');
    }
    byte[] sumsBytes = sums.toString().getBytes(StandardCharsets.US_ASCII);
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    zip.putNextEntry(new ZipEntry(SUMS));
    zip.write(sumsBytes);
    zip.closeEntry();
    zip.finish();
    zip.flush();
    List<PackedFile> all = new ArrayList<>(files);
    all.add(
        new PackedFile(
            SUMS,
            HexFormat.of().formatHex(sha256().digest(sumsBytes)),
            sumsBytes.length,
            Map.of()));
    sealed = new Sealed(List.copyOf(all), HexFormat.of().formatHex(whole.digest()), counted.count);
    return sealed;
  }

  private PackedFile add(String path, byte[] content, Map<String, Object> about)
      throws IOException {
    if (!paths.add(path)) {
      throw new IllegalStateException(path + " written twice");
    }
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    zip.putNextEntry(new ZipEntry(path));
    zip.write(content);
    zip.closeEntry();
    PackedFile file =
        new PackedFile(
            path, HexFormat.of().formatHex(sha256().digest(content)), content.length, about);
    files.add(file);
    return file;
  }

  /** Closes the ZIP; a package not finished is left incomplete, and must be thrown away. */
  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** Counts the bytes of the ZIP as they are written. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
