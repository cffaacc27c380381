package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;

class HistoryFrontierTest {
  private static final HistoryFrontierCodec CODEC = HistoryFrontierCodec.INSTANCE;

  static List<Hash32> blockIds(int count, long seed) {
    Random random = new Random(seed);
    List<Hash32> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(SparseMerkleProofTest.randomHash(random));
    }
    return ids;
  }

  /** The frontier's root is the RFC 6962 hash of the ids at every size up to 2,100 (past 2^11). */
  @Test
  void theRootIsTheMerkleTreeHashAtEverySize() {
    List<Hash32> ids = blockIds(2100, 1);
    List<Hash32> leafHashes = new ArrayList<>();
    HistoryFrontier frontier = HistoryFrontier.empty();
    assertEquals(MerkleHash.EMPTY_LIST_ROOT, frontier.root());
    for (Hash32 id : ids) {
      frontier = frontier.append(id);
      leafHashes.add(MerkleHash.listLeaf(id));
      assertEquals(
          MerkleTree.ofLeafHashes(leafHashes).root(), frontier.root(), "size " + leafHashes.size());
      assertEquals(leafHashes.size(), frontier.size());
      assertEquals(Long.bitCount(frontier.size()), frontier.peaks().size());
    }
  }

  /** The sink gets each perfect subtree exactly once, and its hash is the subtree's RFC root. */
  @Test
  void theSinkReceivesEveryPerfectSubtreeOnce() {
    List<Hash32> ids = blockIds(300, 2);
    Map<String, Hash32> received = new HashMap<>();
    HistoryFrontier frontier = HistoryFrontier.empty();
    for (Hash32 id : ids) {
      frontier =
          frontier.append(
              id,
              (level, index, hash) -> {
                Hash32 previous = received.put(level + "/" + index, hash);
                assertEquals(null, previous, "node " + level + "/" + index + " twice");
              });
    }
    int expected = 0;
    for (int level = 0; (1 << level) <= ids.size(); level++) {
      for (int index = 0; (index + 1) << level <= ids.size(); index++) {
        List<byte[]> range = new ArrayList<>();
        for (Hash32 id : ids.subList(index << level, (index + 1) << level)) {
          range.add(id.bytes());
        }
        assertEquals(MerkleTree.rootOf(range), received.get(level + "/" + index));
        expected++;
      }
    }
    assertEquals(expected, received.size());
  }

  @Property(tries = 200)
  void frontiersRoundTripAndMutationsAreRejectedOrCanonical(
      @ForAll @IntRange(min = 0, max = 700) int size, @ForAll long seed) {
    Random random = new Random(seed);
    HistoryFrontier frontier = HistoryFrontier.empty();
    for (Hash32 id : blockIds(size, seed)) {
      frontier = frontier.append(id);
    }
    byte[] encoded = CodecChecks.assertRoundTrip(CODEC, frontier);
    assertEquals(8 + 32 * Long.bitCount(size), encoded.length);
    CodecChecks.assertEveryTruncationFails(CODEC, encoded);
    for (int position = 0; position < encoded.length; position++) {
      CodecChecks.assertMutationRejectedOrCanonical(
          CODEC, encoded, position, 1 + random.nextInt(255), decoded -> {});
    }
  }

  @Test
  void theLayoutIsSizeThenPeaks() throws DecodingException {
    List<Hash32> ids = blockIds(3, 3);
    HistoryFrontier frontier =
        HistoryFrontier.empty().append(ids.get(0)).append(ids.get(1)).append(ids.get(2));
    Hash32 pair = MerkleHash.node(MerkleHash.listLeaf(ids.get(0)), MerkleHash.listLeaf(ids.get(1)));
    Hash32 last = MerkleHash.listLeaf(ids.get(2));
    assertEquals(List.of(pair, last), frontier.peaks());
    String hex = "0000000000000003" + pair.toHex() + last.toHex();
    assertEquals(hex, HexFormat.of().formatHex(CODEC.encode(frontier)));
    assertEquals(frontier, CODEC.decode(HexFormat.of().parseHex(hex)));
  }

  @Test
  void invalidFrontiersAreRejected() {
    // Size 3 needs two peaks.
    assertThrows(
        DecodingException.class,
        () -> CODEC.decode(HexFormat.of().parseHex("0000000000000003" + "11".repeat(32))));
    // A size over 2^63 - 1.
    assertThrows(
        DecodingException.class, () -> CODEC.decode(HexFormat.of().parseHex("8000000000000000")));
    // A size whose peaks cannot fit in what remains is refused before reading them.
    assertThrows(
        DecodingException.class,
        () -> CODEC.decode(HexFormat.of().parseHex("7fffffffffffffff" + "11".repeat(32))));
    assertThrows(IllegalArgumentException.class, () -> new HistoryFrontier(1, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new HistoryFrontier(-1, List.of()));
    List<Hash32> peaks = new ArrayList<>();
    for (int i = 0; i < 63; i++) {
      peaks.add(Hash32.ZERO);
    }
    HistoryFrontier full = new HistoryFrontier(Long.MAX_VALUE, peaks);
    assertEquals(CODEC.maxEncodedSize(), CodecChecks.assertRoundTrip(CODEC, full).length);
    assertThrows(IllegalStateException.class, () -> full.append(Hash32.ZERO));
  }
}
