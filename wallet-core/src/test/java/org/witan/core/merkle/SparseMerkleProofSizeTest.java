package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

/**
 * Proof sizes in a tree of 10^5 random keys. Building 10^6 keys takes several seconds and about a
 * gigabyte of heap here, so that figure belongs to the benchmarks; each tenfold growth adds about
 * 3.3 levels, about 106 bytes.
 */
class SparseMerkleProofSizeTest {
  private static final int KEYS = 100_000;
  private static final int SAMPLES = 2_000;

  @Test
  void proofsInATreeOfAHundredThousandKeysStayWellUnderOneKibibyte() {
    Random random = new Random(1);
    Hash32[] keys = new Hash32[KEYS];
    SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
    for (int i = 0; i < KEYS; i++) {
      keys[i] = randomHash(random);
      batch.put(keys[i], new byte[40]);
    }
    SparseMerkleTree tree = new SparseMerkleTree(new InMemoryNodeStore());
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, batch.build());

    long memberBytes = 0;
    long absentBytes = 0;
    int largest = 0;
    for (int i = 0; i < SAMPLES; i++) {
      int member =
          SparseMerkleProofCodec.INSTANCE.encode(tree.prove(root, keys[random.nextInt(KEYS)]))
              .length;
      int absent =
          SparseMerkleProofCodec.INSTANCE.encode(tree.prove(root, randomHash(random))).length;
      memberBytes += member;
      absentBytes += absent;
      largest = Math.max(largest, Math.max(member, absent));
    }
    double memberMean = (double) memberBytes / SAMPLES;
    double absentMean = (double) absentBytes / SAMPLES;
    String figures =
        String.format(
            "members %.0f bytes, non-members %.0f bytes on average, largest %d",
            memberMean, absentMean, largest);
    // About 18 siblings of 32 bytes plus the terminal's 65: near 610 bytes measured.
    assertTrue(memberMean < 680, figures);
    assertTrue(absentMean < 680, figures);
    assertTrue(largest < 1024, figures);
  }

  private static Hash32 randomHash(Random random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Hash32.of(bytes);
  }
}
