package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

/**
 * The published RFC 6962 test data of transparency-dev/merkle (the Go code behind Trillian and the
 * Certificate Transparency logs), in {@code vectors/rfc6962-merkle.json}; its {@code source} field
 * names the files, commits and license.
 */
class MerkleTreeVectorsTest {
  private static JsonNode vectors;
  private static List<byte[]> leaves;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        MerkleTreeVectorsTest.class.getResourceAsStream("/vectors/rfc6962-merkle.json")) {
      if (in == null) {
        throw new IllegalStateException("missing vectors/rfc6962-merkle.json");
      }
      vectors = new ObjectMapper().readTree(in);
    }
    leaves = new ArrayList<>();
    for (JsonNode leaf : vectors.get("leaves")) {
      leaves.add(hex(leaf));
    }
  }

  @Test
  void theHasherMatches() {
    JsonNode hasher = vectors.get("hasher");
    assertEquals(hash(hasher.get("emptyRoot")), MerkleHash.EMPTY_LIST_ROOT);
    assertEquals(hash(hasher.get("emptyLeaf")), MerkleHash.listLeaf(new byte[0]));
    assertEquals(hash(hasher.get("leafHash")), MerkleHash.listLeaf(hex(hasher.get("leafData"))));
  }

  @Test
  void theRootOfEveryPrefixMatches() {
    JsonNode roots = vectors.get("roots");
    assertEquals(leaves.size() + 1, roots.size());
    for (int size = 0; size <= leaves.size(); size++) {
      assertEquals(
          hash(roots.get(size)), MerkleTree.rootOf(leaves.subList(0, size)), "size " + size);
    }
  }

  @Test
  void everyPerfectSubtreeMatchesItsNodeHash() {
    JsonNode levels = vectors.get("nodeHashes");
    for (int level = 0; level < levels.size(); level++) {
      JsonNode row = levels.get(level);
      for (int index = 0; index < row.size(); index++) {
        List<byte[]> range = leaves.subList(index << level, (index + 1) << level);
        assertEquals(hash(row.get(index)), MerkleTree.rootOf(range), level + "/" + index);
      }
    }
  }

  /** The Go tests' known paths, and their list of corruptions that must all fail. */
  @Test
  void thePublishedInclusionProofsMatchAndTheirCorruptionsFail() {
    for (JsonNode vector : vectors.get("inclusionProofs")) {
      int index = vector.get("leafIndex").asInt();
      int size = vector.get("treeSize").asInt();
      List<Hash32> path = new ArrayList<>();
      vector.get("path").forEach(p -> path.add(hash(p)));
      MerkleTree tree = MerkleTree.ofLeaves(leaves.subList(0, size));
      Hash32 root = hash(vectors.get("roots").get(size));
      Hash32 leaf = MerkleHash.listLeaf(leaves.get(index));
      String at = index + " of " + size;

      assertEquals(new InclusionProof(index, size, path), tree.inclusionProof(index), at);
      assertEquals(
          InclusionProofOutcome.VALID,
          InclusionProofVerifier.verify(root, size, index, leaf, path),
          at);

      Hash32 someHash =
          Hash32.fromHex("abacaba000000000000000000000000000000000000000000060061e00123456");
      List<String> accepted = new ArrayList<>();
      check(accepted, "index - 1", root, size, index - 1, leaf, path);
      check(accepted, "index + 1", root, size, index + 1, leaf, path);
      check(accepted, "index ^ 2", root, size, index ^ 2, leaf, path);
      check(accepted, "size * 2", root, size * 2L, index, leaf, path);
      check(accepted, "size / 2", root, size / 2, index, leaf, path);
      check(accepted, "wrong leaf", root, size, index, MerkleHash.listLeaf(new byte[] {'W'}), path);
      check(accepted, "empty root", MerkleHash.EMPTY_LIST_ROOT, size, index, leaf, path);
      check(accepted, "random root", someHash, size, index, leaf, path);
      check(accepted, "trailing root", root, size, index, leaf, with(path, path.size(), root));
      check(accepted, "preceding root", root, size, index, leaf, with(path, 0, root));
      for (int i = 0; i < path.size(); i++) {
        List<Hash32> changed = new ArrayList<>(path);
        byte[] bytes = path.get(i).bytes();
        bytes[0] ^= 8;
        changed.set(i, Hash32.of(bytes));
        check(accepted, "modified path[" + i + "]", root, size, index, leaf, changed);
      }
      if (!path.isEmpty()) {
        check(accepted, "removed", root, size, index, leaf, path.subList(0, path.size() - 1));
      }
      if (path.size() > 1) {
        check(accepted, "inserted", root, size, index, leaf, with(path, 1, someHash));
      }
      assertEquals(List.of(), accepted, at);
    }
  }

  /**
   * The accumulated subtree vectors: every RFC 6962 root and inclusion path of every aligned range
   * of a 130-leaf list, folded into two SHA-256 digests published with the data.
   */
  @Test
  void theSubtreeDigestsOfAHundredAndThirtyLeavesMatch() throws Exception {
    JsonNode subtree = vectors.get("subtreeDigests");
    int count = subtree.get("leafCount").asInt();
    List<byte[]> d = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      d.add(new byte[] {(byte) i});
    }
    MessageDigest hashes = MessageDigest.getInstance("SHA-256");
    MessageDigest proofs = MessageDigest.getInstance("SHA-256");
    for (int end = 1; end <= count; end++) {
      for (int start = 0; start < end; start++) {
        if (!aligned(start, end)) {
          continue;
        }
        MerkleTree tree = MerkleTree.ofLeaves(d.subList(start, end));
        hashes.update(ascii("[" + start + ", " + end + ") " + tree.root().toHex() + "\n"));
        for (int index = start; index < end; index++) {
          StringBuilder line = new StringBuilder(index + " [" + start + ", " + end + ")");
          for (Hash32 node : tree.inclusionProof(index - start).path()) {
            line.append(' ').append(node.toHex());
          }
          proofs.update(ascii(line.append('\n').toString()));
        }
      }
    }
    assertEquals(subtree.get("hashes").asText(), HexFormat.of().formatHex(hashes.digest()));
    assertEquals(
        subtree.get("inclusionProofs").asText(), HexFormat.of().formatHex(proofs.digest()));
  }

  /** Start is 0, or a multiple of the smallest power of two not below end - start. */
  private static boolean aligned(int start, int end) {
    int length = end - start;
    int ceiling =
        Integer.highestOneBit(length) == length ? length : Integer.highestOneBit(length) << 1;
    return start == 0 || start % ceiling == 0;
  }

  private static void check(
      List<String> accepted,
      String what,
      Hash32 root,
      long size,
      long index,
      Hash32 leaf,
      List<Hash32> path) {
    InclusionProofOutcome outcome = InclusionProofVerifier.verify(root, size, index, leaf, path);
    if (outcome.isValid()) {
      accepted.add(what);
    }
  }

  private static List<Hash32> with(List<Hash32> path, int at, Hash32 extra) {
    List<Hash32> out = new ArrayList<>(path);
    out.add(at, extra);
    return out;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] hex(JsonNode node) {
    return HexFormat.of().parseHex(node.asText());
  }

  private static Hash32 hash(JsonNode node) {
    return Hash32.fromHex(node.asText());
  }
}
