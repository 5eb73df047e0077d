package uk.council.evidence.footage.control;

import static java.nio.file.StandardOpenOption.READ;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.footage.entity.InvalidMp4;
import uk.council.evidence.footage.entity.StorageFailure;

/**
 * What the container of an MP4 says about itself, read from box headers alone: its brands and
 * whether it is fragmented. {@link #read(Path)} refuses anything that is not a complete ISO base
 * media file, whatever the upload's content type claimed: it must start with an {@code ftyp} box,
 * its top-level boxes must tile the file exactly, and it must hold a {@code moov} (the index a
 * player needs) and at least one {@code mdat} (the media). Whether the media is video a player can
 * decode is the probe's question, not this one.
 *
 * @param majorBrand the {@code ftyp} major brand, e.g. {@code isom}, {@code mp42}
 * @param compatibleBrands the {@code ftyp} compatible brands
 * @param fragmented whether it has movie fragments ({@code moof}), as some cameras write
 */
public record Mp4Signature(String majorBrand, List<String> compatibleBrands, boolean fragmented) {

  /** More than any real ftyp needs (16 bytes plus 4 per compatible brand). */
  private static final int MAX_FTYP_BYTES = 4096;

  /**
   * Guards against a file of millions of tiny boxes; fragmented recordings of many hours have tens
   * of thousands.
   */
  private static final int MAX_TOP_LEVEL_BOXES = 1_000_000;

  public Mp4Signature {
    compatibleBrands = List.copyOf(compatibleBrands);
  }

  /**
   * Reads and checks the top-level structure of the file, seeking from box header to box header;
   * the media itself is never read.
   *
   * @throws InvalidMp4 naming what is wrong and where
   * @throws StorageFailure if the file cannot be read
   */
  public static Mp4Signature read(Path file) {
    try (FileChannel channel = FileChannel.open(file, READ)) {
      return read(channel);
    } catch (IOException e) {
      throw FootageStore.failure("Cannot read " + file + " to check that it is an MP4", e);
    }
  }

  private static Mp4Signature read(FileChannel channel) throws IOException {
    long fileSize = channel.size();
    if (fileSize < 16) {
      throw new InvalidMp4(
          "Not an MP4: the file is only " + fileSize + " bytes, too short for an ftyp box.");
    }
    ByteBuffer header = ByteBuffer.allocate(16);
    readFully(channel, header, 0, 16);
    long ftypSize = Integer.toUnsignedLong(header.getInt(0));
    if (!"ftyp".equals(fourCc(header, 4))) {
      throw new InvalidMp4(
          "Not an MP4: the file does not start with an ftyp box (its first bytes are "
              + printable(header, 0, 16)
              + ").");
    }
    if (ftypSize < 16 || ftypSize > MAX_FTYP_BYTES) {
      throw new InvalidMp4(
          "Not an MP4: its ftyp box claims "
              + ftypSize
              + " bytes; a real one has between 16 and "
              + MAX_FTYP_BYTES
              + ".");
    }
    if (ftypSize > fileSize) {
      throw truncated("ftyp", 0, ftypSize, fileSize);
    }
    String majorBrand = fourCc(header, 8);
    if (majorBrand == null) {
      throw new InvalidMp4(
          "Not an MP4: the major brand in its ftyp box is not four printable characters ("
              + printable(header, 8, 12)
              + ").");
    }
    List<String> compatibleBrands = compatibleBrands(channel, ftypSize);

    boolean moov = false;
    boolean mdat = false;
    boolean moof = false;
    long offset = 0;
    int boxes = 0;
    while (offset < fileSize) {
      if (++boxes > MAX_TOP_LEVEL_BOXES) {
        throw new InvalidMp4(
            "Not an MP4: more than " + MAX_TOP_LEVEL_BOXES + " top-level boxes, no recording has.");
      }
      if (fileSize - offset < 8) {
        throw new InvalidMp4(
            "Truncated MP4: "
                + (fileSize - offset)
                + " stray bytes at offset "
                + offset
                + ", too few for a box header.");
      }
      header.clear();
      readFully(channel, header, offset, 8);
      long size = Integer.toUnsignedLong(header.getInt(0));
      String type = fourCc(header, 4);
      if (type == null) {
        throw new InvalidMp4(
            "Not an MP4: the bytes at offset "
                + offset
                + " are not a box header (type "
                + printable(header, 4, 8)
                + ").");
      }
      if (size == 1) {
        if (fileSize - offset < 16) {
          throw new InvalidMp4(
              "Truncated MP4: box '"
                  + type
                  + "' at offset "
                  + offset
                  + " has a 64-bit size that the file ends before.");
        }
        header.clear();
        readFully(channel, header, offset + 8, 8);
        size = header.getLong(0);
        if (size < 16) {
          // Also catches sizes of 2^63 and more, which read as negative.
          throw impossibleSize(type, offset, Long.toUnsignedString(size), 16);
        }
      } else if (size == 0) {
        // ISO/IEC 14496-12: a size of 0 means the box runs to the end of the file.
        size = fileSize - offset;
      } else if (size < 8) {
        throw impossibleSize(type, offset, Long.toString(size), 8);
      }
      if (size > fileSize - offset) {
        throw truncated(type, offset, size, fileSize);
      }
      switch (type) {
        case "moov" -> moov = true;
        case "mdat" -> mdat = true;
        case "moof" -> moof = true;
        default -> {}
      }
      offset += size;
    }
    if (!moov) {
      throw new InvalidMp4(
          "Incomplete MP4: it has no 'moov' box, the index a player needs; a camera that stopped"
              + " recording abruptly (flat battery) leaves files like this.");
    }
    if (!mdat) {
      throw new InvalidMp4("Incomplete MP4: it has no 'mdat' box, so no media data.");
    }
    return new Mp4Signature(majorBrand, compatibleBrands, moof);
  }

  private static List<String> compatibleBrands(FileChannel channel, long ftypSize)
      throws IOException {
    int length = (int) ftypSize - 16;
    List<String> brands = new ArrayList<>();
    if (length >= 4) {
      ByteBuffer body = ByteBuffer.allocate(length);
      readFully(channel, body, 16, length);
      for (int at = 0; at + 4 <= length; at += 4) {
        String brand = fourCc(body, at);
        // Some writers pad with zero brands; they mean nothing, so they are left out.
        if (brand != null) {
          brands.add(brand);
        }
      }
    }
    return brands;
  }

  private static InvalidMp4 truncated(String type, long offset, long size, long fileSize) {
    return badBox(
        "Truncated MP4",
        type,
        offset,
        size
            + " bytes but the file ends "
            + (fileSize - offset)
            + " bytes after its start (the file is "
            + fileSize
            + " bytes).");
  }

  private static InvalidMp4 impossibleSize(String type, long offset, String size, int minimum) {
    return badBox(
        "Not an MP4",
        type,
        offset,
        size + " bytes, less than its own " + minimum + "-byte header.");
  }

  /** "What: box 'type' at offset N claims ...". */
  private static InvalidMp4 badBox(String what, String type, long offset, String claim) {
    return new InvalidMp4(what + ": box '" + type + "' at offset " + offset + " claims " + claim);
  }

  /** Four printable ASCII characters at the position, or null if they are not. */
  private static String fourCc(ByteBuffer buffer, int at) {
    for (int i = at; i < at + 4; i++) {
      byte b = buffer.get(i);
      if (b < 0x20 || b > 0x7e) {
        return null;
      }
    }
    return new String(buffer.array(), at, 4, StandardCharsets.US_ASCII);
  }

  /** Bytes for a message: printable ASCII as it is, the rest as \xNN. */
  private static String printable(ByteBuffer buffer, int from, int to) {
    StringBuilder text = new StringBuilder("'");
    for (int i = from; i < Math.min(to, buffer.limit()); i++) {
      int b = buffer.get(i) & 0xff;
      if (b >= 0x20 && b <= 0x7e && b != '\'' && b != '\\') {
        text.append((char) b);
      } else {
        text.append(String.format("\\x%02x", b));
      }
    }
    return text.append('\'').toString();
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position, int length)
      throws IOException {
    buffer.clear().limit(length);
    long at = position;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, at);
      if (read < 0) {
        throw new IOException("unexpected end of file at " + at);
      }
      at += read;
    }
  }
}
