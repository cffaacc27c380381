package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;

/**
 * The compact canonical bytes of a {@link SparseMerkleProof} (protocol section 4.3):
 *
 * <pre>
 * depth      varint, at most 256
 * bitmap     fixed[ceil(depth / 8)]: bit i (most significant first) set iff sibling i is not ZERO;
 *            the unused low bits of the last byte are zero
 * siblings   fixed[32] for each set bit, top-down; none of them ZERO
 * terminal   u8 tag: 0 = empty subtree; 1 = leaf, then key fixed[32] and value hash fixed[32]
 * </pre>
 *
 * Empty siblings cost one bit, so a proof in a tree of n random keys is about {@code 32 log2(n)}
 * bytes.
 */
public final class SparseMerkleProofCodec implements Codec<SparseMerkleProof> {
  public static final SparseMerkleProofCodec INSTANCE = new SparseMerkleProofCodec();

  private static final int EMPTY = 0;
  private static final int LEAF = 1;
  private static final int MAX_DEPTH = SparseMerkleProof.MAX_DEPTH;
  private static final int MAX_SIZE = 2 + MAX_DEPTH / 8 + MAX_DEPTH * Hash32.SIZE + 1 + 64;

  private SparseMerkleProofCodec() {}

  @Override
  public int maxEncodedSize() {
    return MAX_SIZE;
  }

  @Override
  public void write(Writer writer, SparseMerkleProof proof) {
    List<Hash32> siblings = proof.siblings();
    int depth = siblings.size();
    writer.varint(depth);
    byte[] bitmap = new byte[bitmapSize(depth)];
    for (int i = 0; i < depth; i++) {
      if (!siblings.get(i).equals(Hash32.ZERO)) {
        bitmap[i >>> 3] |= (byte) (0x80 >>> (i & 7));
      }
    }
    writer.fixed(bitmap);
    for (Hash32 sibling : siblings) {
      if (!sibling.equals(Hash32.ZERO)) {
        Hash32.CODEC.write(writer, sibling);
      }
    }
    if (proof.terminal().isPresent()) {
      TerminalLeaf leaf = proof.terminal().get();
      writer.u8(LEAF);
      Hash32.CODEC.write(writer, leaf.key());
      Hash32.CODEC.write(writer, leaf.valueHash());
    } else {
      writer.u8(EMPTY);
    }
  }

  @Override
  public SparseMerkleProof read(Reader reader) throws DecodingException {
    int depth = (int) reader.varint(MAX_DEPTH);
    int bitmapStart = reader.position();
    byte[] bitmap = reader.fixed(bitmapSize(depth));
    int unusedBits = bitmap.length * 8 - depth;
    if (unusedBits > 0 && (bitmap[bitmap.length - 1] & ((1 << unusedBits) - 1)) != 0) {
      throw new DecodingException(
          "unused bits of the sibling bitmap must be zero", bitmapStart + bitmap.length - 1);
    }
    List<Hash32> siblings = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      if ((bitmap[i >>> 3] & (0x80 >>> (i & 7))) == 0) {
        siblings.add(Hash32.ZERO);
      } else {
        int at = reader.position();
        Hash32 sibling = Hash32.CODEC.read(reader);
        if (sibling.equals(Hash32.ZERO)) {
          throw new DecodingException("a sibling marked non-empty is ZERO", at);
        }
        siblings.add(sibling);
      }
    }
    Optional<TerminalLeaf> terminal;
    if (reader.tag(2, "proof terminal") == LEAF) {
      Hash32 key = Hash32.CODEC.read(reader);
      Hash32 valueHash = Hash32.CODEC.read(reader);
      terminal = Optional.of(new TerminalLeaf(key, valueHash));
    } else {
      terminal = Optional.empty();
    }
    return new SparseMerkleProof(siblings, terminal);
  }

  private static int bitmapSize(int depth) {
    return (depth + 7) >>> 3;
  }
}
