package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;

class InclusionProofCodecTest {
  private static final InclusionProofCodec CODEC = InclusionProofCodec.INSTANCE;

  private static InclusionProof proof(int size, int anyIndex, long seed) {
    MerkleTree tree = MerkleTree.ofLeaves(MerkleTreeTest.leaves(size, seed));
    return tree.inclusionProof(anyIndex % size);
  }

  @Property(tries = 200)
  void proofsRoundTripAndEveryTruncationFails(
      @ForAll @IntRange(min = 1, max = 600) int size,
      @ForAll @IntRange(min = 0, max = 599) int index,
      @ForAll long seed) {
    InclusionProof proof = proof(size, index, seed);
    byte[] encoded = CodecChecks.assertRoundTrip(CODEC, proof);
    assertEquals(17 + 32 * proof.path().size(), encoded.length);
    CodecChecks.assertEveryTruncationFails(CODEC, encoded);
  }

  /** A changed byte is rejected, or decodes canonically to a proof that verifies only if equal. */
  @Property(tries = 200)
  void mutatedProofsAreRejectedOrCanonical(
      @ForAll @IntRange(min = 1, max = 600) int size,
      @ForAll @IntRange(min = 0, max = 599) int index,
      @ForAll long seed) {
    Random random = new Random(seed);
    MerkleTree tree = MerkleTree.ofLeaves(MerkleTreeTest.leaves(size, seed));
    InclusionProof proof = tree.inclusionProof(index % size);
    Hash32 leaf = tree.leafHash(index % size);
    byte[] encoded = CODEC.encode(proof);
    for (int position = 0; position < encoded.length; position++) {
      CodecChecks.assertMutationRejectedOrCanonical(
          CODEC,
          encoded,
          position,
          1 + random.nextInt(255),
          mutated -> {
            if (InclusionProofVerifier.verify(
                    tree.root(), proof.treeSize(), proof.leafIndex(), leaf, mutated)
                .isValid()) {
              assertEquals(proof, mutated);
            }
          });
    }
  }

  @Test
  void theLayoutIsIndexSizePath() {
    Hash32 a = Hash32.fromHex("aa".repeat(32));
    InclusionProof proof = new InclusionProof(2, 3, List.of(a));
    assertEquals(
        "0000000000000002" + "0000000000000003" + "01" + a.toHex(),
        HexFormat.of().formatHex(CODEC.encode(proof)));
  }

  @Test
  void invalidProofsAreRejected() {
    // Index not below size.
    assertRejected("0000000000000003" + "0000000000000003" + "00");
    // Size over 2^63 - 1.
    assertRejected("0000000000000000" + "8000000000000000" + "00");
    // A path of 65 hashes.
    assertRejected("0000000000000000" + "0000000000000001" + "41" + "00".repeat(65 * 32));
    // A count that claims more hashes than the input holds.
    assertRejected("0000000000000000" + "0000000000000001" + "02" + "00".repeat(32));
    assertThrows(
        IllegalArgumentException.class,
        () -> new InclusionProof(0, 1, Collections.nCopies(65, Hash32.ZERO)));
    assertEquals(
        CODEC.maxEncodedSize(),
        CodecChecks.assertRoundTrip(
                CODEC, new InclusionProof(0, 1, Collections.nCopies(64, Hash32.ZERO)))
            .length);
  }

  private static void assertRejected(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    assertThrows(DecodingException.class, () -> CODEC.decode(bytes), hex);
  }
}
