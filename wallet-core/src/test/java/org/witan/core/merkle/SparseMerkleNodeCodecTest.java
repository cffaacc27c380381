package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;

class SparseMerkleNodeCodecTest {
  private static final SparseMerkleNodeCodec CODEC = SparseMerkleNodeCodec.INSTANCE;

  @Provide
  Arbitrary<SparseMerkleNode> nodes() {
    Arbitrary<SparseMerkleNode> leaves =
        Combinators.combine(MerkleArbitraries.keys(), MerkleArbitraries.values())
            .as(SparseMerkleNode.Leaf::of);
    Arbitrary<Hash32> children =
        Arbitraries.oneOf(MerkleArbitraries.randomKeys(), Arbitraries.of(Hash32.ZERO));
    Arbitrary<SparseMerkleNode> internals =
        Combinators.combine(children, children)
            .filter((l, r) -> !(l.equals(Hash32.ZERO) && r.equals(Hash32.ZERO)))
            .as(SparseMerkleNode.Internal::of);
    return Arbitraries.oneOf(leaves, internals);
  }

  @Property(tries = 300)
  void nodesRoundTripAndKeepTheirHash(@ForAll("nodes") SparseMerkleNode node) throws Exception {
    byte[] encoded = CodecChecks.assertRoundTrip(CODEC, node);
    assertEquals(node.hash(), CODEC.decode(encoded).hash());
    CodecChecks.assertEveryTruncationFails(CODEC, encoded);
  }

  @Property(tries = 200)
  void mutatedNodesAreRejectedOrCanonical(
      @ForAll("nodes") SparseMerkleNode node, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] encoded = CODEC.encode(node);
    for (int position = 0; position < encoded.length; position++) {
      CodecChecks.assertMutationRejectedOrCanonical(
          CODEC, encoded, position, 1 + random.nextInt(255), decoded -> {});
    }
  }

  @Test
  void theLayoutIsTagThenFields() {
    Hash32 key = Hash32.fromHex("ab".repeat(32));
    assertEquals(
        "00" + key.toHex() + "03" + "010203",
        HexFormat.of()
            .formatHex(CODEC.encode(SparseMerkleNode.Leaf.of(key, new byte[] {1, 2, 3}))));
    assertEquals(
        "01" + key.toHex() + Hash32.ZERO.toHex(),
        HexFormat.of().formatHex(CODEC.encode(SparseMerkleNode.Internal.of(key, Hash32.ZERO))));
  }

  @Test
  void invalidNodesAreRejected() throws Exception {
    // An internal node over two empty subtrees.
    assertThrows(
        DecodingException.class,
        () -> CODEC.decode(HexFormat.of().parseHex("01" + "00".repeat(64))));
    // Unknown tag.
    assertThrows(
        DecodingException.class,
        () -> CODEC.decode(HexFormat.of().parseHex("02" + "00".repeat(64))));
    // A value of 64 KiB + 1: the length is refused before anything is allocated.
    byte[] tooLong = new byte[1 + 32 + 3];
    tooLong[33] = (byte) 0x81;
    tooLong[34] = (byte) 0x80;
    tooLong[35] = 0x04;
    assertThrows(DecodingException.class, () -> CODEC.decode(tooLong));
    // The largest value decodes.
    SparseMerkleNode largest =
        SparseMerkleNode.Leaf.of(Hash32.ZERO, new byte[SparseMerkleNode.MAX_VALUE_SIZE]);
    assertEquals(CODEC.maxEncodedSize(), CODEC.encode(largest).length);
    assertEquals(largest, CODEC.decode(CODEC.encode(largest)));
  }
}
