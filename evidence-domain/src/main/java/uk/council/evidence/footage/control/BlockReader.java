package uk.council.evidence.footage.control;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body in whole 64 KiB blocks, so the disk sees large writes however the network
 * slices the body; when the body fails part-way through a block, it first hands over the bytes that
 * did arrive, so a resumable upload keeps them, and fails on the next call.
 */
final class BlockReader {

  private final InputStream body;
  private IOException failure;

  BlockReader(InputStream body) {
    this.body = body;
  }

  /** Fills the block as far as the body allows; -1 at its end. */
  int next(byte[] block) throws IOException {
    if (failure != null) {
      throw failure;
    }
    int filled = 0;
    while (filled < block.length) {
      int read;
      try {
        read = body.read(block, filled, block.length - filled);
      } catch (IOException e) {
        if (filled == 0) {
          throw e;
        }
        failure = e;
        return filled;
      }
      if (read < 0) {
        break;
      }
      filled += read;
    }
    return filled == 0 ? -1 : filled;
  }
}
