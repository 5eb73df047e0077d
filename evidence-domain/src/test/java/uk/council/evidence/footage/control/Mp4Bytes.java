package uk.council.evidence.footage.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Tiny synthetic ISO base media files, box by box. */
final class Mp4Bytes {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  static Mp4Bytes file() {
    return new Mp4Bytes();
  }

  /** ftyp, moov and mdat: the smallest file that passes. */
  static byte[] minimal() {
    return file().ftyp("isom", "isom", "mp41").box("moov", 40).box("mdat", 1000).bytes();
  }

  Mp4Bytes ftyp(String major, String... compatible) {
    ByteBuffer payload = ByteBuffer.allocate(8 + 4 * compatible.length);
    payload.put(ascii(major)).putInt(0x200);
    for (String brand : compatible) {
      payload.put(ascii(brand));
    }
    return box("ftyp", payload.array());
  }

  Mp4Bytes box(String type, int payloadBytes) {
    return box(type, payload(payloadBytes));
  }

  Mp4Bytes box(String type, byte[] payload) {
    return raw(ByteBuffer.allocate(8).putInt(8 + payload.length).put(ascii(type)).array())
        .raw(payload);
  }

  /** A box with size 1 and its real size in the 64-bit field after the type. */
  Mp4Bytes largeBox(String type, int payloadBytes) {
    return raw(ByteBuffer.allocate(16)
            .putInt(1)
            .put(ascii(type))
            .putLong(16L + payloadBytes)
            .array())
        .raw(payload(payloadBytes));
  }

  /** A box with size 0: it runs to the end of the file. */
  Mp4Bytes boxToEnd(String type, int payloadBytes) {
    return raw(ByteBuffer.allocate(8).putInt(0).put(ascii(type)).array())
        .raw(payload(payloadBytes));
  }

  /** A box header claiming {@code claimedSize} bytes, followed by only {@code payloadBytes}. */
  Mp4Bytes boxClaiming(String type, long claimedSize, int payloadBytes) {
    return raw(ByteBuffer.allocate(8).putInt((int) claimedSize).put(ascii(type)).array())
        .raw(payload(payloadBytes));
  }

  Mp4Bytes raw(byte[] data) {
    bytes.writeBytes(data);
    return this;
  }

  byte[] bytes() {
    return bytes.toByteArray();
  }

  private static byte[] payload(int length) {
    byte[] payload = new byte[length];
    for (int i = 0; i < length; i++) {
      payload[i] = (byte) (i * 31);
    }
    return payload;
  }

  private static byte[] ascii(String fourCc) {
    byte[] code = fourCc.getBytes(StandardCharsets.US_ASCII);
    if (code.length != 4) {
      throw new IllegalArgumentException(fourCc);
    }
    return code;
  }
}
