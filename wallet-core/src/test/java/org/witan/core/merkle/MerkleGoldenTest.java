package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;

/**
 * The worked example of {@code docs/protocol.md} section 4.7: the code produces exactly the golden
 * files in {@code golden/merkle/}, each file decodes and re-encodes to itself, and every hex block
 * of the document marked with a golden file spells that file byte for byte. The files were written
 * by an independent implementation (a short Python script using only hashlib), not by this code.
 */
class MerkleGoldenTest {
  private static final Hash32 K1 = key(0x10);
  private static final Hash32 K2 = key(0x30);
  private static final Hash32 K3 = key(0x80);
  private static final byte[] ONE = ascii("one");

  private final InMemoryNodeStore store = new InMemoryNodeStore();
  private final SparseMerkleTree tree = new SparseMerkleTree(store);

  private Hash32 exampleRoot() {
    return tree.update(
        SparseMerkleTree.EMPTY_ROOT,
        SparseMerkleBatch.builder()
            .put(K1, ONE)
            .put(K2, ascii("two"))
            .put(K3, ascii("three"))
            .build());
  }

  @Test
  void theStateExampleProducesTheGoldenBytes() throws Exception {
    Hash32 root = exampleRoot();
    assertArrayEquals(golden("state-root.bin"), root.bytes());

    SparseMerkleProof inclusion = tree.prove(root, K1);
    assertGolden("state-proof-inclusion.bin", SparseMerkleProofCodec.INSTANCE, inclusion);
    assertEquals(
        SparseProofOutcome.VALID, SparseMerkleVerifier.verifyInclusion(root, K1, ONE, inclusion));

    SparseMerkleProof empty = tree.prove(root, key(0x50));
    assertGolden("state-proof-exclusion-empty.bin", SparseMerkleProofCodec.INSTANCE, empty);
    assertEquals(
        SparseProofOutcome.VALID, SparseMerkleVerifier.verifyExclusion(root, key(0x50), empty));

    SparseMerkleProof leaf = tree.prove(root, key(0xc0));
    assertGolden("state-proof-exclusion-leaf.bin", SparseMerkleProofCodec.INSTANCE, leaf);
    assertEquals(
        SparseProofOutcome.VALID, SparseMerkleVerifier.verifyExclusion(root, key(0xc0), leaf));

    assertGolden(
        "state-node-leaf.bin", SparseMerkleNodeCodec.INSTANCE, SparseMerkleNode.Leaf.of(K1, ONE));
    assertGolden(
        "state-node-internal.bin", SparseMerkleNodeCodec.INSTANCE, store.get(root).orElseThrow());
  }

  @Test
  void theListExamplesProduceTheGoldenBytes() throws Exception {
    List<byte[]> leaves = new ArrayList<>();
    for (String hex :
        List.of(
            "",
            "00",
            "10",
            "2021",
            "3031",
            "40414243",
            "5051525354555657",
            "606162636465666768696a6b6c6d6e6f")) {
      leaves.add(HexFormat.of().parseHex(hex));
    }
    InclusionProof proof = MerkleTree.ofLeaves(leaves).inclusionProof(5);
    assertGolden("inclusion-proof.bin", InclusionProofCodec.INSTANCE, proof);

    HistoryFrontier frontier = HistoryFrontier.empty();
    for (int b : new int[] {0x00, 0x11, 0x22}) {
      frontier = frontier.append(Hash32.fromHex(String.format("%02x", b).repeat(32)));
    }
    assertGolden("history-frontier.bin", HistoryFrontierCodec.INSTANCE, frontier);
    assertEquals(
        Hash32.fromHex("cfdd57c49cf0b23df41b9ff2fce70eed9d15fd0242a185dbdb5b918f8b140cce"),
        frontier.root());
  }

  /** Each hex block after a golden marker in the protocol document spells that golden file. */
  @Test
  void theDocumentShowsEveryGoldenFileExactly() throws IOException {
    Map<String, String> blocks = goldenBlocks(Files.readAllLines(protocolDocument()));
    Set<String> expected =
        new TreeSet<>(
            List.of(
                "state-root.bin",
                "state-proof-inclusion.bin",
                "state-proof-exclusion-empty.bin",
                "state-proof-exclusion-leaf.bin",
                "state-node-leaf.bin",
                "state-node-internal.bin",
                "inclusion-proof.bin",
                "history-frontier.bin"));
    assertEquals(expected, new TreeSet<>(blocks.keySet()));
    for (Map.Entry<String, String> block : blocks.entrySet()) {
      assertEquals(
          HexFormat.of().formatHex(golden(block.getKey())), block.getValue(), block.getKey());
    }
  }

  /** File name to the concatenated first column of the fenced block after its marker. */
  private static Map<String, String> goldenBlocks(List<String> lines) {
    String marker = "<!-- golden: merkle/";
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (!line.startsWith(marker)) {
        continue;
      }
      String name = line.substring(marker.length(), line.indexOf(" -->"));
      if (!lines.get(i + 1).trim().equals("```")) {
        throw new AssertionError("no hex block after the marker for " + name);
      }
      StringBuilder hex = new StringBuilder();
      int j = i + 2;
      while (!lines.get(j).trim().equals("```")) {
        String row = lines.get(j).trim();
        int space = row.indexOf(' ');
        hex.append(space < 0 ? row : row.substring(0, space));
        j++;
      }
      out.put(name, hex.toString());
      i = j;
    }
    return out;
  }

  private static Path protocolDocument() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("docs/protocol.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new AssertionError("docs/protocol.md not found above " + Path.of("").toAbsolutePath());
  }

  private static <T> void assertGolden(String name, Codec<T> codec, T value) throws Exception {
    byte[] bytes = golden(name);
    assertArrayEquals(bytes, codec.encode(value), name);
    T decoded = codec.decode(bytes);
    assertEquals(value, decoded, name);
    assertArrayEquals(bytes, codec.encode(decoded), name);
  }

  private static byte[] golden(String name) throws IOException {
    String path = "/golden/merkle/" + name;
    try (InputStream in = MerkleGoldenTest.class.getResourceAsStream(path)) {
      return Optional.ofNullable(in)
          .orElseThrow(() -> new AssertionError("missing test resource " + path))
          .readAllBytes();
    }
  }

  private static Hash32 key(int firstByte) {
    byte[] bytes = new byte[32];
    bytes[0] = (byte) firstByte;
    return Hash32.of(bytes);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
