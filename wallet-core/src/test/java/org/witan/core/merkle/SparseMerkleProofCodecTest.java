package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;

class SparseMerkleProofCodecTest {
  private static final SparseMerkleProofCodec CODEC = SparseMerkleProofCodec.INSTANCE;
  private final SparseMerkleTree tree = new SparseMerkleTree(new InMemoryNodeStore());

  @Provide
  Arbitrary<Map<Hash32, byte[]>> entries() {
    return MerkleArbitraries.entries(30);
  }

  @Provide
  Arbitrary<Hash32> keys() {
    return MerkleArbitraries.keys();
  }

  @Property(tries = 300)
  void proofsRoundTrip(@ForAll("entries") Map<Hash32, byte[]> entries, @ForAll("keys") Hash32 key) {
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, SparseMerkleTreeTest.putAll(entries));
    SparseMerkleProof proof = tree.prove(root, key);
    byte[] encoded = CodecChecks.assertRoundTrip(CODEC, proof);
    int nonEmpty = (int) proof.siblings().stream().filter(s -> !s.equals(Hash32.ZERO)).count();
    int expected =
        (proof.depth() < 128 ? 1 : 2)
            + (proof.depth() + 7) / 8
            + 32 * nonEmpty
            + (proof.terminal().isPresent() ? 65 : 1);
    assertEquals(expected, encoded.length);
    CodecChecks.assertEveryTruncationFails(CODEC, encoded);
  }

  /**
   * Every single-byte change of an encoded proof is rejected, or decodes canonically; and if the
   * changed proof still verifies for the key, it is the very same proof (proofs are unique per root
   * and key) and shows only what is true.
   */
  @Property(tries = 150)
  void mutatedProofsAreRejectedOrProveTheSameThing(
      @ForAll("entries") Map<Hash32, byte[]> entries,
      @ForAll("keys") Hash32 key,
      @ForAll long seed) {
    Random random = new Random(seed);
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, SparseMerkleTreeTest.putAll(entries));
    SparseMerkleProof proof = tree.prove(root, key);
    Optional<byte[]> value = Optional.ofNullable(entries.get(key));
    byte[] encoded = CODEC.encode(proof);
    for (int position = 0; position < encoded.length; position++) {
      int xor = 1 + random.nextInt(255);
      CodecChecks.assertMutationRejectedOrCanonical(
          CODEC,
          encoded,
          position,
          xor,
          mutated -> {
            if (SparseMerkleVerifier.verify(root, key, value, mutated).isValid()) {
              assertEquals(proof, mutated);
            }
            SparseMerkleProofTest.assertClaimsOnlyTruth(root, entries, mutated, key);
          });
    }
  }

  @Test
  void theLayoutIsDepthBitmapSiblingsTerminal() {
    Hash32 a = Hash32.fromHex("1".repeat(64));
    Hash32 b = Hash32.fromHex("2".repeat(64));
    Hash32 k = Hash32.fromHex("3".repeat(64));
    Hash32 v = Hash32.fromHex("4".repeat(64));
    List<Hash32> siblings = new ArrayList<>(Collections.nCopies(10, Hash32.ZERO));
    siblings.set(0, a);
    siblings.set(9, b);
    SparseMerkleProof proof = new SparseMerkleProof(siblings, Optional.of(new TerminalLeaf(k, v)));
    String hex = HexFormat.of().formatHex(CODEC.encode(proof));
    assertEquals("0a" + "8040" + a.toHex() + b.toHex() + "01" + k.toHex() + v.toHex(), hex);
    SparseMerkleProof empty = new SparseMerkleProof(List.of(), Optional.empty());
    assertEquals("0000", HexFormat.of().formatHex(CODEC.encode(empty)));
  }

  @Test
  void nonCanonicalInputsAreRejected() {
    String a = "1".repeat(64);
    // Non-minimal depth varint.
    assertRejected("8000" + "00");
    // Depth over 256.
    assertRejected("8102" + "00".repeat(33) + "00");
    // A set padding bit (depth 1, bitmap 0x40).
    assertRejected("01" + "40" + "00");
    // A sibling marked non-empty that is ZERO.
    assertRejected("01" + "80" + "00".repeat(32) + "00");
    // Unknown terminal tag.
    assertRejected("01" + "80" + a + "02");
    // Trailing byte.
    assertRejected("01" + "80" + a + "00" + "00");
    // Input over the maximum size.
    assertThrows(DecodingException.class, () -> CODEC.decode(new byte[CODEC.maxEncodedSize() + 1]));
    // Depth 256 with every sibling present: the largest proof decodes.
    List<Hash32> full = Collections.nCopies(256, Hash32.fromHex(a));
    SparseMerkleProof largest =
        new SparseMerkleProof(full, Optional.of(new TerminalLeaf(Hash32.ZERO, Hash32.ZERO)));
    assertEquals(CODEC.maxEncodedSize(), CodecChecks.assertRoundTrip(CODEC, largest).length);
  }

  private static void assertRejected(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    assertThrows(DecodingException.class, () -> CODEC.decode(bytes), hex);
  }
}
