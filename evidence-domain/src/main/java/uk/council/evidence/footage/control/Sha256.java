package uk.council.evidence.footage.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 over files, read in the same 64 KiB blocks as uploads are written. */
final class Sha256 {

  /** Large enough that the per-call cost vanishes; small enough that heap stays flat. */
  static final int BLOCK_BYTES = 64 * 1024;

  private Sha256() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /** Feeds bytes [from, to) of the channel into the digest. */
  static void update(MessageDigest digest, FileChannel channel, long from, long to)
      throws IOException {
    ByteBuffer block = ByteBuffer.allocate(BLOCK_BYTES);
    long position = from;
    while (position < to) {
      block.clear();
      block.limit((int) Math.min(BLOCK_BYTES, to - position));
      int read = channel.read(block, position);
      if (read < 0) {
        throw new IOException("the file ended at " + position + " bytes, expected " + to);
      }
      digest.update(block.array(), 0, read);
      position += read;
    }
  }

  /** A copy of the digest's running state, or null if the provider cannot copy it. */
  static MessageDigest copyOf(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }
}
