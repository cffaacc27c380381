package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

/** Proofs from the store-backed tree, checked by the store-free verifier. */
class SparseMerkleProofTest {
  private final SparseMerkleTree tree = new SparseMerkleTree(new InMemoryNodeStore());

  @Provide
  Arbitrary<Map<Hash32, byte[]>> entries() {
    return MerkleArbitraries.entries(40);
  }

  @Provide
  Arbitrary<Hash32> keys() {
    return MerkleArbitraries.keys();
  }

  private Hash32 build(Map<Hash32, byte[]> entries) {
    return tree.update(SparseMerkleTree.EMPTY_ROOT, SparseMerkleTreeTest.putAll(entries));
  }

  @Property(tries = 200)
  void everyMemberHasAValidInclusionProof(@ForAll("entries") Map<Hash32, byte[]> entries) {
    Hash32 root = build(entries);
    for (Map.Entry<Hash32, byte[]> entry : entries.entrySet()) {
      SparseMerkleProof proof = tree.prove(root, entry.getKey());
      assertEquals(
          SparseProofOutcome.VALID,
          SparseMerkleVerifier.verifyInclusion(root, entry.getKey(), entry.getValue(), proof));
      assertEquals(
          SparseProofOutcome.KEY_PRESENT,
          SparseMerkleVerifier.verifyExclusion(root, entry.getKey(), proof));
      byte[] otherValue = concat(entry.getValue(), (byte) 0);
      assertEquals(
          SparseProofOutcome.VALUE_MISMATCH,
          SparseMerkleVerifier.verifyInclusion(root, entry.getKey(), otherValue, proof));
    }
  }

  @Property(tries = 300)
  void nonMembersHaveValidExclusionProofs(
      @ForAll("entries") Map<Hash32, byte[]> entries, @ForAll("keys") Hash32 key) {
    entries.remove(key);
    Hash32 root = build(entries);
    SparseMerkleProof proof = tree.prove(root, key);
    assertEquals(SparseProofOutcome.VALID, SparseMerkleVerifier.verifyExclusion(root, key, proof));
    assertEquals(
        SparseProofOutcome.KEY_ABSENT,
        SparseMerkleVerifier.verifyInclusion(root, key, new byte[0], proof));
  }

  /**
   * Soundness as a property: whatever key a proof is checked against, it is accepted only for what
   * is true in the model.
   */
  @Property(tries = 300)
  void aProofIsAcceptedOnlyForWhatIsTrue(
      @ForAll("entries") Map<Hash32, byte[]> entries,
      @ForAll("keys") Hash32 asked,
      @ForAll("keys") Hash32 checked) {
    Hash32 root = build(entries);
    SparseMerkleProof proof = tree.prove(root, asked);
    assertClaimsOnlyTruth(root, entries, proof, checked);
    for (Hash32 member : entries.keySet()) {
      assertClaimsOnlyTruth(root, entries, proof, member);
    }
  }

  /** Fails unless everything {@code proof} shows about {@code key} under {@code root} is true. */
  static void assertClaimsOnlyTruth(
      Hash32 root, Map<Hash32, byte[]> entries, SparseMerkleProof proof, Hash32 key) {
    byte[] value = entries.get(key);
    if (SparseMerkleVerifier.verifyExclusion(root, key, proof).isValid()) {
      assertNull(value, "the absence of a member was accepted: " + key);
    }
    if (proof.terminal().isPresent()) {
      // A proof can show at most one value for a key: the one its terminal commits to.
      Hash32 valueHash = proof.terminal().get().valueHash();
      if (SparseMerkleVerifier.verifyValueHash(root, key, Optional.of(valueHash), proof)
          .isValid()) {
        assertNotNull(value, "a value for an absent key was accepted: " + key);
        assertEquals(MerkleHash.value(value), valueHash);
      }
    }
  }

  @Property(tries = 150)
  void everyTamperedProofFails(
      @ForAll("entries") Map<Hash32, byte[]> entries,
      @ForAll("keys") Hash32 key,
      @ForAll long seed) {
    Random random = new Random(seed);
    Hash32 root = build(entries);
    SparseMerkleProof proof = tree.prove(root, key);
    Optional<byte[]> value = Optional.ofNullable(entries.get(key));
    assertEquals(SparseProofOutcome.VALID, SparseMerkleVerifier.verify(root, key, value, proof));
    for (SparseMerkleProof tampered : tamperings(proof, random)) {
      assertNotEquals(
          SparseProofOutcome.VALID,
          SparseMerkleVerifier.verify(root, key, value, tampered),
          "accepted " + tampered + " instead of " + proof);
    }
    // Another root, another value, another key on the path.
    assertNotEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verify(flipBit(root, random.nextInt(256)), key, value, proof));
    Optional<byte[]> otherValue =
        value.isPresent() ? Optional.of(concat(value.get(), (byte) 1)) : Optional.of(new byte[0]);
    assertNotEquals(
        SparseProofOutcome.VALID, SparseMerkleVerifier.verify(root, key, otherValue, proof));
    if (value.isPresent()) {
      assertNotEquals(
          SparseProofOutcome.VALID,
          SparseMerkleVerifier.verify(root, key, Optional.empty(), proof));
    }
    for (int bit = 0; bit < proof.depth(); bit++) {
      // Every key that leaves the proven path at or above the terminal.
      assertNotEquals(
          SparseProofOutcome.VALID,
          SparseMerkleVerifier.verify(root, flipBit(key, bit), value, proof),
          "bit " + bit);
    }
    if (value.isPresent() && proof.depth() < 256) {
      // A member's proof proves nothing about a key that differs below the terminal.
      Hash32 below = flipBit(key, proof.depth() + random.nextInt(256 - proof.depth()));
      assertNotEquals(
          SparseProofOutcome.VALID, SparseMerkleVerifier.verify(root, below, value, proof));
    }
  }

  /** Changed siblings, terminals and depths of a valid proof. */
  static List<SparseMerkleProof> tamperings(SparseMerkleProof proof, Random random) {
    List<SparseMerkleProof> out = new ArrayList<>();
    List<Hash32> siblings = proof.siblings();
    Optional<TerminalLeaf> terminal = proof.terminal();
    for (int i = 0; i < siblings.size(); i++) {
      List<Hash32> changed = new ArrayList<>(siblings);
      changed.set(i, flipBit(siblings.get(i), random.nextInt(256)));
      out.add(new SparseMerkleProof(changed, terminal));
      changed.set(i, siblings.get(i).equals(Hash32.ZERO) ? randomHash(random) : Hash32.ZERO);
      out.add(new SparseMerkleProof(changed, terminal));
    }
    if (!siblings.isEmpty()) {
      out.add(new SparseMerkleProof(siblings.subList(0, siblings.size() - 1), terminal));
      out.add(new SparseMerkleProof(siblings.subList(1, siblings.size()), terminal));
    }
    if (siblings.size() < SparseMerkleProof.MAX_DEPTH) {
      List<Hash32> longer = new ArrayList<>(siblings);
      longer.add(randomHash(random));
      out.add(new SparseMerkleProof(longer, terminal));
      longer.set(longer.size() - 1, Hash32.ZERO);
      out.add(new SparseMerkleProof(longer, terminal));
      List<Hash32> front = new ArrayList<>(siblings);
      front.add(0, randomHash(random));
      out.add(new SparseMerkleProof(front, terminal));
    }
    if (terminal.isPresent()) {
      TerminalLeaf leaf = terminal.get();
      out.add(new SparseMerkleProof(siblings, Optional.empty()));
      out.add(
          new SparseMerkleProof(
              siblings,
              Optional.of(
                  new TerminalLeaf(flipBit(leaf.key(), random.nextInt(256)), leaf.valueHash()))));
      out.add(
          new SparseMerkleProof(
              siblings,
              Optional.of(
                  new TerminalLeaf(leaf.key(), flipBit(leaf.valueHash(), random.nextInt(256))))));
    } else {
      out.add(
          new SparseMerkleProof(
              siblings, Optional.of(new TerminalLeaf(randomHash(random), randomHash(random)))));
    }
    return out;
  }

  @Test
  void anAppendedEmptySiblingIsNotCanonical() {
    Hash32 key = MerkleArbitraries.BASE;
    Map<Hash32, byte[]> entries = new HashMap<>();
    entries.put(key, new byte[] {1});
    entries.put(MerkleArbitraries.nearBase(0, new byte[32]), new byte[] {2});
    Hash32 root = build(entries);
    SparseMerkleProof proof = tree.prove(root, key);
    List<Hash32> longer = new ArrayList<>(proof.siblings());
    longer.add(Hash32.ZERO);
    assertEquals(
        SparseProofOutcome.NOT_CANONICAL,
        SparseMerkleVerifier.verifyInclusion(
            root, key, new byte[] {1}, new SparseMerkleProof(longer, proof.terminal())));
  }

  @Test
  void anotherKeysLeafOffThePathIsAPrefixMismatch() {
    Hash32 key = MerkleArbitraries.BASE;
    Hash32 other = MerkleArbitraries.nearBase(0, new byte[32]);
    Map<Hash32, byte[]> entries = Map.of(key, new byte[] {1}, other, new byte[] {2});
    Hash32 root = build(entries);
    // The proof of `other` ends in its own leaf at depth 1; `key` left the path at bit 0.
    SparseMerkleProof proof = tree.prove(root, other);
    assertEquals(1, proof.depth());
    assertEquals(
        SparseProofOutcome.PREFIX_MISMATCH, SparseMerkleVerifier.verifyExclusion(root, key, proof));
  }

  @Test
  void theEmptyTreeProvesEveryKeyAbsent() {
    SparseMerkleProof proof = tree.prove(SparseMerkleTree.EMPTY_ROOT, MerkleArbitraries.BASE);
    assertEquals(0, proof.depth());
    assertTrue(proof.terminal().isEmpty());
    assertEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verifyExclusion(
            SparseMerkleTree.EMPTY_ROOT, MerkleArbitraries.BASE, proof));
  }

  static Hash32 flipBit(Hash32 hash, int bit) {
    byte[] bytes = hash.bytes();
    bytes[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
    return Hash32.of(bytes);
  }

  static Hash32 randomHash(Random random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Hash32.of(bytes);
  }

  private static byte[] concat(byte[] value, byte extra) {
    byte[] out = Arrays.copyOf(value, value.length + 1);
    out[value.length] = extra;
    return out;
  }
}
