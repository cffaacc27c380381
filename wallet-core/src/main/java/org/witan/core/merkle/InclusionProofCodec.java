package org.witan.core.merkle;

import java.util.List;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;

/**
 * The canonical bytes of an {@link InclusionProof} (protocol section 4.5): {@code leaf_index u63},
 * {@code tree_size u63} (more than the index), {@code path list<Hash32>[64]}.
 */
public final class InclusionProofCodec implements Codec<InclusionProof> {
  public static final InclusionProofCodec INSTANCE = new InclusionProofCodec();

  private static final int MAX_SIZE = 8 + 8 + 1 + InclusionProof.MAX_PATH * Hash32.SIZE;

  private InclusionProofCodec() {}

  @Override
  public int maxEncodedSize() {
    return MAX_SIZE;
  }

  @Override
  public void write(Writer writer, InclusionProof proof) {
    writer.u64(proof.leafIndex());
    writer.u64(proof.treeSize());
    writer.list(proof.path(), Hash32.CODEC);
  }

  @Override
  public InclusionProof read(Reader reader) throws DecodingException {
    int start = reader.position();
    long leafIndex = reader.u63();
    long treeSize = reader.u63();
    List<Hash32> path = reader.list(InclusionProof.MAX_PATH, Hash32.SIZE, Hash32.CODEC);
    return reader.build(start, () -> new InclusionProof(leafIndex, treeSize, path));
  }
}
