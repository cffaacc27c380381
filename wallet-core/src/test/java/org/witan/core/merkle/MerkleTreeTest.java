package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

class MerkleTreeTest {

  /**
   * {@code count} distinct leaves of random content and length: each starts with its index, so no
   * two are equal (two equal leaves legitimately share a path, which would blur the position checks
   * below).
   */
  static List<byte[]> leaves(int count, long seed) {
    Random random = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] leaf = new byte[4 + random.nextInt(40)];
      random.nextBytes(leaf);
      leaf[0] = (byte) (i >>> 24);
      leaf[1] = (byte) (i >>> 16);
      leaf[2] = (byte) (i >>> 8);
      leaf[3] = (byte) i;
      out.add(leaf);
    }
    return out;
  }

  /** Every size up to 70 and every leaf: the root and the path are the RFC's recursions. */
  @Test
  void everyRootAndPathFollowsTheRfcDefinitions() {
    List<byte[]> all = leaves(70, 1);
    for (int size = 0; size <= all.size(); size++) {
      List<byte[]> leaves = all.subList(0, size);
      MerkleTree tree = MerkleTree.ofLeaves(leaves);
      Hash32 root = Rfc6962Reference.mth(leaves);
      assertEquals(root, tree.root(), "size " + size);
      for (int index = 0; index < size; index++) {
        InclusionProof proof = tree.inclusionProof(index);
        assertEquals(Rfc6962Reference.path(index, leaves), proof.path(), index + " of " + size);
        assertEquals(
            InclusionProofOutcome.VALID,
            InclusionProofVerifier.verify(
                root, size, index, MerkleHash.listLeaf(leaves.get(index)), proof));
      }
    }
  }

  @Property(tries = 200)
  void tamperedProofsFail(
      @ForAll @IntRange(min = 1, max = 3000) int size,
      @ForAll @IntRange(min = 0, max = 2999) int anyIndex,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<byte[]> leaves = leaves(size, seed);
    int index = anyIndex % size;
    MerkleTree tree = MerkleTree.ofLeaves(leaves);
    Hash32 root = tree.root();
    Hash32 leaf = tree.leafHash(index);
    List<Hash32> path = tree.inclusionProof(index).path();
    assertEquals(
        InclusionProofOutcome.VALID, InclusionProofVerifier.verify(root, size, index, leaf, path));

    for (int i = 0; i < path.size(); i++) {
      List<Hash32> changed = new ArrayList<>(path);
      changed.set(i, SparseMerkleProofTest.flipBit(path.get(i), random.nextInt(256)));
      assertInvalid(root, size, index, leaf, changed);
    }
    List<Hash32> longer = new ArrayList<>(path);
    longer.add(random.nextInt(longer.size() + 1), SparseMerkleProofTest.randomHash(random));
    assertInvalid(root, size, index, leaf, longer);
    if (!path.isEmpty()) {
      assertInvalid(root, size, index, leaf, path.subList(1, path.size()));
      assertInvalid(root, size, index, leaf, path.subList(0, path.size() - 1));
    }
    assertInvalid(
        root, size, index, SparseMerkleProofTest.flipBit(leaf, random.nextInt(256)), path);
    assertInvalid(
        SparseMerkleProofTest.flipBit(root, random.nextInt(256)), size, index, leaf, path);
    // Within one tree size, a path belongs to one position only.
    for (int other : new int[] {index - 1, index + 1, index ^ 1, index ^ 2, random.nextInt(size)}) {
      if (other != index) {
        assertInvalid(root, size, other, leaf, path);
      }
    }
    assertInvalid(root, size, size, leaf, path);
  }

  private static void assertInvalid(
      Hash32 root, long size, long index, Hash32 leaf, List<Hash32> path) {
    assertNotEquals(
        InclusionProofOutcome.VALID, InclusionProofVerifier.verify(root, size, index, leaf, path));
  }

  /**
   * An RFC 6962 root does not commit to its size: the last leaf of three has the same path as the
   * second leaf of two. Callers that know the size they expect bind it.
   */
  @Test
  void aPathCanFitAnotherPositionUnlessTheSizeIsBound() {
    List<byte[]> leaves = leaves(3, 2);
    MerkleTree tree = MerkleTree.ofLeaves(leaves);
    InclusionProof proof = tree.inclusionProof(2);
    Hash32 leaf = tree.leafHash(2);
    InclusionProof elsewhere = new InclusionProof(1, 2, proof.path());
    assertEquals(
        InclusionProofOutcome.VALID, InclusionProofVerifier.verify(tree.root(), leaf, elsewhere));
    assertEquals(
        InclusionProofOutcome.POSITION_MISMATCH,
        InclusionProofVerifier.verify(tree.root(), 3, 2, leaf, elsewhere));
    assertEquals(
        InclusionProofOutcome.VALID, InclusionProofVerifier.verify(tree.root(), 3, 2, leaf, proof));
  }

  @Test
  void theOutcomeNamesTheReason() {
    MerkleTree tree = MerkleTree.ofLeaves(leaves(5, 3));
    Hash32 leaf = tree.leafHash(1);
    List<Hash32> path = tree.inclusionProof(1).path();
    Hash32 root = tree.root();
    assertEquals(
        InclusionProofOutcome.INDEX_OUT_OF_RANGE,
        InclusionProofVerifier.verify(root, 5, 5, leaf, path));
    assertEquals(
        InclusionProofOutcome.INDEX_OUT_OF_RANGE,
        InclusionProofVerifier.verify(root, 5, -1, leaf, path));
    assertEquals(
        InclusionProofOutcome.PATH_TOO_SHORT,
        InclusionProofVerifier.verify(root, 5, 1, leaf, path.subList(0, 2)));
    List<Hash32> longer = new ArrayList<>(path);
    longer.add(root);
    assertEquals(
        InclusionProofOutcome.PATH_TOO_LONG,
        InclusionProofVerifier.verify(root, 5, 1, leaf, longer));
    assertEquals(
        InclusionProofOutcome.ROOT_MISMATCH,
        InclusionProofVerifier.verify(root, 5, 1, tree.leafHash(0), path));
  }

  @Test
  void theEmptyTreeHasTheEmptyRootAndNoProofs() {
    MerkleTree empty = MerkleTree.ofLeaves(List.of());
    assertEquals(0, empty.size());
    assertEquals(MerkleHash.EMPTY_LIST_ROOT, empty.root());
    assertThrows(IndexOutOfBoundsException.class, () -> empty.inclusionProof(0));
    MerkleTree one = MerkleTree.ofLeaves(List.of(new byte[] {1}));
    assertEquals(MerkleHash.listLeaf(new byte[] {1}), one.root());
    assertThrows(IndexOutOfBoundsException.class, () -> one.inclusionProof(1));
    assertThrows(IndexOutOfBoundsException.class, () -> one.inclusionProof(-1));
  }

  @Test
  void leafHashesAndLeavesGiveTheSameTree() {
    List<byte[]> leaves = leaves(37, 4);
    List<Hash32> hashes = new ArrayList<>();
    leaves.forEach(leaf -> hashes.add(MerkleHash.listLeaf(leaf)));
    assertEquals(MerkleTree.ofLeaves(leaves).root(), MerkleTree.ofLeafHashes(hashes).root());
    assertEquals(
        MerkleTree.ofLeaves(leaves).inclusionProof(20),
        MerkleTree.ofLeafHashes(hashes).inclusionProof(20));
  }
}
