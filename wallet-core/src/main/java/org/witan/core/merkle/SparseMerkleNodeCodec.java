package org.witan.core.merkle;

import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;

/**
 * The canonical bytes of a state-tree node, for stores that persist bytes (protocol section 4.4): a
 * tag byte, {@code 0x00} for a leaf ({@code key fixed[32]}, {@code value bytes[65536]}) or {@code
 * 0x01} for an internal node ({@code left fixed[32]}, {@code right fixed[32]}).
 */
public final class SparseMerkleNodeCodec implements Codec<SparseMerkleNode> {
  public static final SparseMerkleNodeCodec INSTANCE = new SparseMerkleNodeCodec();

  private static final int LEAF = 0;
  private static final int INTERNAL = 1;

  /** Tag, key, a three-byte length and the largest value. */
  private static final int MAX_SIZE = 1 + Hash32.SIZE + 3 + SparseMerkleNode.MAX_VALUE_SIZE;

  private SparseMerkleNodeCodec() {}

  @Override
  public int maxEncodedSize() {
    return MAX_SIZE;
  }

  @Override
  public void write(Writer writer, SparseMerkleNode node) {
    if (node instanceof SparseMerkleNode.Leaf leaf) {
      writer.u8(LEAF);
      Hash32.CODEC.write(writer, leaf.key());
      leaf.writeValue(writer);
    } else {
      SparseMerkleNode.Internal internal = (SparseMerkleNode.Internal) node;
      writer.u8(INTERNAL);
      Hash32.CODEC.write(writer, internal.left());
      Hash32.CODEC.write(writer, internal.right());
    }
  }

  @Override
  public SparseMerkleNode read(Reader reader) throws DecodingException {
    int start = reader.position();
    if (reader.tag(2, "state-tree node") == LEAF) {
      Hash32 key = Hash32.CODEC.read(reader);
      byte[] value = reader.bytes(SparseMerkleNode.MAX_VALUE_SIZE);
      return SparseMerkleNode.Leaf.owning(key, value);
    }
    Hash32 left = Hash32.CODEC.read(reader);
    Hash32 right = Hash32.CODEC.read(reader);
    return reader.build(start, () -> SparseMerkleNode.Internal.of(left, right));
  }
}
