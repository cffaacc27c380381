package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

/**
 * Proof sizes in a tree of random keys: 10^5 by default. Building 10^6 keys takes several seconds
 * and more heap than the test JVM has, so that figure is measured on request:
 *
 * <pre>
 * mvn -B -pl wallet-core test -Dtest=SparseMerkleProofSizeTest -Dwitan.merkle.proofKeys=1000000 \
 *     -Dsurefire.argLine="-Xmx4g -XX:+UseParallelGC"
 * </pre>
 *
 * The figures are printed to {@code target/surefire-reports/*SparseMerkleProofSizeTest-output.txt}.
 */
class SparseMerkleProofSizeTest {
  private static final int SAMPLES = 2_000;

  @Test
  void proofsStayNearThirtyTwoBytesPerLevelAndUnderOneKibibyte() {
    int keys = Integer.getInteger("witan.merkle.proofKeys", 100_000);
    Random random = new Random(1);
    Hash32[] members = new Hash32[keys];
    SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
    for (int i = 0; i < keys; i++) {
      members[i] = randomHash(random);
      batch.put(members[i], new byte[40]);
    }
    SparseMerkleTree tree = new SparseMerkleTree(new InMemoryNodeStore());
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, batch.build());

    long memberBytes = 0;
    long absentBytes = 0;
    int largest = 0;
    for (int i = 0; i < SAMPLES; i++) {
      int member = encodedSize(tree.prove(root, members[random.nextInt(keys)]));
      int absent = encodedSize(tree.prove(root, randomHash(random)));
      memberBytes += member;
      absentBytes += absent;
      largest = Math.max(largest, Math.max(member, absent));
    }
    double memberMean = (double) memberBytes / SAMPLES;
    double absentMean = (double) absentBytes / SAMPLES;
    String figures =
        String.format(
            "%d keys, %d proofs each: members %.1f bytes, non-members %.1f bytes on average,"
                + " largest %d",
            keys, SAMPLES, memberMean, absentMean, largest);
    System.out.println(figures);
    // About log2(n) siblings of 32 bytes, the bitmap and a terminal of at most 65 bytes.
    double bound = 32 * Math.log(keys) / Math.log(2) + 120;
    assertTrue(memberMean < bound, figures);
    assertTrue(absentMean < bound, figures);
    assertTrue(largest < 1024, figures);
  }

  private static int encodedSize(SparseMerkleProof proof) {
    return SparseMerkleProofCodec.INSTANCE.encode(proof).length;
  }

  private static Hash32 randomHash(Random random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Hash32.of(bytes);
  }
}
