package uk.council.evidence.footage.control;

import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Hashes an upload's blocks on a thread of its own, in order, while the thread that reads the body
 * writes them and reads the next: the SHA-256 no longer waits on the network or the disk, nor they
 * on it. A fixed set of blocks goes round between the two threads, so memory stays flat however
 * large the upload: the reader takes a free block, fills and writes it, hands it over; the hasher
 * hashes it and frees it.
 *
 * <p>Used by one reading thread. {@link #close} always ends the hashing thread, whether or not
 * {@link #finish} was reached.
 */
final class BlockHasher implements AutoCloseable {

  /** Blocks going round: enough that neither thread waits for the other at a steady pace. */
  static final int BLOCKS = 4;

  /** Bytes a block holds: larger writes than the reader's old 64 KiB, and 1 MiB in all. */
  static final int BLOCK_BYTES = 256 * 1024;

  private record Block(byte[] bytes, int length) {}

  /** Handed over to end the hashing; its bytes are never hashed. */
  private static final Block END = new Block(new byte[0], 0);

  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);
  private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS + 1);
  private final CompletableFuture<byte[]> digest = new CompletableFuture<>();
  private final Thread thread;
  private boolean ended;

  /** Starts the hashing thread, from {@code threads}. */
  BlockHasher(ThreadFactory threads) {
    for (int i = 0; i < BLOCKS; i++) {
      free.add(new byte[BLOCK_BYTES]);
    }
    thread = threads.newThread(this::run);
    if (thread == null) {
      throw new IllegalStateException("no thread to hash the upload on");
    }
    thread.start();
  }

  /** A block to fill, once the hasher has finished with it. */
  byte[] freeBlock() {
    try {
      while (true) {
        byte[] block = free.poll(1, TimeUnit.SECONDS);
        if (block != null) {
          return block;
        }
        if (digest.isDone()) {
          // The hasher stopped (it never fails on its own, but a stopped thread must not hang us).
          throw new IllegalStateException("the hashing thread stopped", failure());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the hasher", e);
    }
  }

  /** Hands over the first {@code length} bytes of a block from {@link #freeBlock}, to hash next. */
  void hash(byte[] block, int length) {
    put(new Block(block, length));
  }

  /** The SHA-256 of every byte handed over, once the last block is hashed. */
  byte[] finish() {
    put(END);
    try {
      return digest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the hasher", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the hashing thread failed", e.getCause());
    }
  }

  /** Ends the hashing thread (at once, if {@link #finish} was not reached) and waits for it. */
  @Override
  public void close() {
    if (!ended) {
      thread.interrupt();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Block block) {
    if (ended) {
      throw new IllegalStateException("the hashing has ended");
    }
    ended = block == END;
    try {
      full.put(block);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing a block to the hasher", e);
    }
  }

  private Throwable failure() {
    try {
      digest.getNow(null);
      return null;
    } catch (RuntimeException e) {
      return e.getCause();
    }
  }

  private void run() {
    try {
      MessageDigest sha256 = Sha256.newDigest();
      while (true) {
        Block block = full.take();
        if (block == END) {
          digest.complete(sha256.digest());
          return;
        }
        sha256.update(block.bytes(), 0, block.length());
        free.put(block.bytes());
      }
    } catch (InterruptedException e) {
      digest.completeExceptionally(e);
    } catch (RuntimeException | Error e) {
      digest.completeExceptionally(e);
      throw e;
    }
  }
}
