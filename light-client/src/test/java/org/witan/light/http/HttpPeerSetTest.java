package org.witan.light.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.witan.core.header.BlockHeader;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.peer.PeerSet;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/** The retry and ban policy of {@link PeerSet} with a simulated clock (no HTTP needed). */
class HttpPeerSetTest {
  private final TestClock clock = new TestClock(1_000_000);
  private final List<Duration> pauses = new ArrayList<>();

  private PeerSet<ChainSource> set(ChainSource... peers) {
    return new PeerSet<>(
        List.of(peers),
        PeerPolicy.DEFAULTS,
        clock,
        new SplittableRandom(1),
        d -> {
          pauses.add(d);
          clock.advance(d);
        });
  }

  @Test
  void everyPeerSilentEndsAsNoResponseAfterBackedOffRounds() {
    PeerSet<ChainSource> set = set(new Named("a"), new Named("b"));
    assertThrows(PeerException.NoResponse.class, () -> set.call(p -> silent(p)));
    // Between rounds it waits only until the first peer's backoff ends (the other may follow).
    assertTrue(pauses.size() >= PeerPolicy.DEFAULTS.maxRounds() - 1, pauses.toString());
    for (Duration d : pauses) {
      assertTrue(d.toMillis() > 0 && d.toMillis() <= 1_000, d.toString());
    }
    int misses = set.view().stream().mapToInt(v -> v.consecutiveMisses()).sum();
    assertTrue(misses >= PeerPolicy.DEFAULTS.maxRounds(), "misses: " + misses);
  }

  @Test
  void backoffDoublesWithJitterUpToTheCap() {
    PeerSet<ChainSource> set = set(new Named("a"));
    Named a = new Named("a");
    long previousCeiling = 0;
    for (int miss = 1; miss <= 12; miss++) {
      set.failed(a, new PeerException.NoResponse("a", "timeout", null));
      long wait = set.view().get(0).retryAt().orElseThrow().toEpochMilli() - clock.millis();
      long ceiling = Math.min(60_000, 500L << (miss - 1));
      assertTrue(wait >= ceiling / 2 && wait <= ceiling, miss + ": " + wait);
      assertTrue(ceiling >= previousCeiling);
      previousCeiling = ceiling;
    }
  }

  @Test
  void bansLastTheirDurationAndDoubleForRepeatOffenders() {
    Named a = new Named("a");
    PeerSet<ChainSource> set = set(a, new Named("b"));
    set.failed(a, new PeerException.BadData("a", "BAD_HEADER: forged"));
    assertTrue(set.isBanned(a));
    assertEquals("b", set.primary().orElseThrow().name());
    clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertFalse(set.isBanned(a));
    set.ban(a, "again");
    clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertTrue(set.isBanned(a), "a second ban lasts two hours");
    assertEquals(Optional.of("again"), set.view().get(0).banReason());
  }

  @Test
  void notFoundEverywhereIsNotFoundWithoutWaiting() {
    PeerSet<ChainSource> set = set(new Named("a"), new Named("b"));
    assertThrows(
        PeerException.NotFound.class,
        () ->
            set.call(
                p -> {
                  throw new PeerException.NotFound(p.name(), "pruned");
                }));
    assertTrue(pauses.isEmpty());
  }

  private static Object silent(ChainSource p) throws PeerException {
    throw new PeerException.NoResponse(p.name(), "timeout", null);
  }

  private record Named(String name) implements ChainSource {
    @Override
    public List<EpochChange> epochChanges(long fromGeneration, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FinalityProof latestFinality() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FinalityProof finality(long height) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<BlockHeader> headers(long from, int count) {
      throw new UnsupportedOperationException();
    }
  }
}
