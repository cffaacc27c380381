package org.witan.core.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A disk with room for {@code capacity} more bytes in total: it really writes up to that many, then
 * fails as Linux does when a device is full (the JDK's message for ENOSPC).
 */
final class FullDisk implements AtomicFile.ChannelWriter {
  private long capacity;

  FullDisk(long capacity) {
    this.capacity = capacity;
  }

  @Override
  public void writeAll(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      if (capacity == 0) {
        throw new IOException("No space left on device");
      }
      ByteBuffer slice = bytes.slice();
      int n = (int) Math.min(slice.remaining(), capacity);
      slice.limit(n);
      int written = channel.write(slice);
      bytes.position(bytes.position() + written);
      capacity -= written;
    }
  }
}
