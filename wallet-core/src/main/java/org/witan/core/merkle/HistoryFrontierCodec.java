package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;

/**
 * The canonical bytes of a {@link HistoryFrontier} (protocol section 4.6): {@code size u63}, then
 * one {@code fixed[32]} peak per set bit of {@code size}, largest subtree first. The peak count is
 * implied by the size, so it is not written.
 */
public final class HistoryFrontierCodec implements Codec<HistoryFrontier> {
  public static final HistoryFrontierCodec INSTANCE = new HistoryFrontierCodec();

  private static final int MAX_SIZE = 8 + 63 * Hash32.SIZE;

  private HistoryFrontierCodec() {}

  @Override
  public int maxEncodedSize() {
    return MAX_SIZE;
  }

  @Override
  public void write(Writer writer, HistoryFrontier frontier) {
    writer.u64(frontier.size());
    for (Hash32 peak : frontier.peaks()) {
      Hash32.CODEC.write(writer, peak);
    }
  }

  @Override
  public HistoryFrontier read(Reader reader) throws DecodingException {
    long size = reader.u63();
    int count = Long.bitCount(size);
    if ((long) count * Hash32.SIZE > reader.remaining()) {
      throw new DecodingException(
          "a history of " + size + " ids needs " + count + " peaks", reader.position());
    }
    List<Hash32> peaks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      peaks.add(Hash32.CODEC.read(reader));
    }
    return new HistoryFrontier(size, peaks);
  }
}
