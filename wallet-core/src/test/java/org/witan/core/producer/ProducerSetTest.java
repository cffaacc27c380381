package org.witan.core.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.team.TeamId;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Keys;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.Slot;

/** Producer sets: quorum and fault tolerance, the schedule, and distinct teams and keys. */
class ProducerSetTest {

  @ParameterizedTest
  @CsvSource({"1, 1, 0", "2, 2, 0", "3, 3, 0", "4, 3, 1", "7, 5, 2", "21, 15, 6", "255, 171, 84"})
  void quorumIsTwoThirdsPlusOne(int n, int quorum, int tolerated) {
    ProducerSet set = SigningSet.ofSize(n, 0).set();
    assertEquals(quorum, set.quorum());
    assertEquals(quorum, ProducerSet.quorum(n));
    assertEquals(tolerated, set.faultTolerance());
  }

  @Test
  void oneBlockPerTurnWalksTheSetInOrder() {
    assertSchedule(1, "0 1 2 3 0 1 2 3 0 1 2 3");
  }

  @Test
  void twoBlocksPerTurn() {
    assertSchedule(2, "0 0 1 1 2 2 3 3 0 0 1 1 2 2 3 3 0 0 1 1 2 2 3 3");
  }

  @Test
  void twelveBlocksPerTurnOverSeveralRounds() {
    ProducerSet set = SigningSet.ofSize(4, 0).set();
    for (long round = 0; round < 3; round++) {
      for (int position = 0; position < 4; position++) {
        for (int block = 0; block < 12; block++) {
          long slot = round * 48 + position * 12L + block;
          assertEquals(set.get(position), set.scheduledAt(Slot.of(slot), 12), "slot " + slot);
        }
      }
    }
  }

  @Test
  void theScheduleContinuesAtFarSlots() {
    ProducerSet set = SigningSet.ofSize(21, 0).set();
    long far = Long.MAX_VALUE;
    assertEquals(set.get((int) ((far / 12) % 21)), set.scheduledAt(Slot.of(far), 12));
    assertEquals(set.get((int) (far % 21)), set.scheduledAt(Slot.of(far), 1));
  }

  @Test
  void blocksPerTurnIsAtLeastOne() {
    ProducerSet set = SigningSet.ofSize(4, 0).set();
    assertThrows(IllegalArgumentException.class, () -> set.scheduledAt(Slot.ZERO, 0));
  }

  private static void assertSchedule(int blocksPerTurn, String positions) {
    ProducerSet set = SigningSet.ofSize(4, 0).set();
    String[] expected = positions.split(" ", -1);
    for (int slot = 0; slot < expected.length; slot++) {
      assertEquals(
          set.get(Integer.parseInt(expected[slot])),
          set.scheduledAt(Slot.of(slot), blocksPerTurn),
          "slot " + slot);
    }
  }

  @Test
  void lookupsByTeamAndAttester() {
    ProducerSet set = SigningSet.ofSize(4, 0).set();
    assertEquals(Optional.of(2), set.indexOf(TeamId.of(3)));
    assertEquals(Optional.empty(), set.indexOf(TeamId.of(9)));
    assertEquals(Optional.of(3), set.indexOfAttester(set.get(3).attesterKey()));
    assertEquals(Optional.empty(), set.indexOfAttester(set.get(3).signerKey()));
  }

  @Test
  void teamsAreDistinct() {
    Producer a = producer(1, "a");
    Producer b = producer(1, "b");
    assertInvalid(List.of(a, b));
  }

  @Test
  void everyKeyInTheSetIsDistinct() {
    Producer a = producer(1, "a");
    PublicKey other = key("other");
    // another team's signer key as attester, standby or signer
    assertInvalid(List.of(a, new Producer(TeamId.of(2), other, Optional.empty(), a.signerKey())));
    assertInvalid(
        List.of(a, new Producer(TeamId.of(2), other, Optional.of(a.attesterKey()), key("x"))));
    assertInvalid(
        List.of(
            a, new Producer(TeamId.of(2), a.standbyKey().orElseThrow(), Optional.empty(), other)));
    // one producer's own keys
    assertInvalid(List.of(new Producer(TeamId.of(2), other, Optional.empty(), other)));
    assertInvalid(List.of(new Producer(TeamId.of(2), other, Optional.of(other), key("y"))));
  }

  @Test
  void oneTo255Producers() {
    assertInvalid(List.of());
    List<Producer> many = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      many.add(producer(i, "p" + i));
    }
    assertInvalid(many);
    assertEquals(255, new ProducerSet(0, many.subList(0, 255)).size());
  }

  @Test
  void theGenerationIsU63() {
    List<Producer> one = List.of(producer(1, "a"));
    assertThrows(IllegalArgumentException.class, () -> new ProducerSet(-1, one));
    Writer w = new Writer().u64(-1).varint(1);
    Producer.CODEC.write(w, one.get(0));
    CodecAssertions.assertRejected(ProducerSet.CODEC, w.toByteArray());
  }

  private static void assertInvalid(List<Producer> producers) {
    assertThrows(IllegalArgumentException.class, () -> new ProducerSet(7, producers));
    Writer w = new Writer().u64(7).varint(producers.size());
    producers.forEach(p -> Producer.CODEC.write(w, p));
    CodecAssertions.assertRejected(ProducerSet.CODEC, w.toByteArray());
  }

  private static Producer producer(long team, String label) {
    return new Producer(
        TeamId.of(team),
        key(label + "/signer"),
        Optional.of(key(label + "/standby")),
        key(label + "/attester"));
  }

  private static PublicKey key(String label) {
    return PublicKey.of(Keys.hashOf(label).bytes());
  }
}
