package org.witan.node.storage.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code quota:}) over the default one whose files cannot grow past {@link
 * #limit} bytes: a write past it fails as a full disk does on Linux, with "No space left on
 * device". The limit is global because H2 keeps file systems in a global registry.
 */
public final class QuotaFilePath extends FilePathWrapper {
  static volatile long limit = Long.MAX_VALUE;

  @Override
  public String getScheme() {
    return "quota";
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new QuotaChannel(getBase().open(mode));
  }

  private static final class QuotaChannel extends FileBase {
    private final FileChannel base;

    QuotaChannel(FileChannel base) {
      this.base = base;
    }

    private static void check(long end) throws IOException {
      if (end > limit) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public synchronized int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      check(base.position() + src.remaining());
      return base.write(src);
    }

    @Override
    public synchronized int write(ByteBuffer src, long position) throws IOException {
      check(position + src.remaining());
      return base.write(src, position);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
