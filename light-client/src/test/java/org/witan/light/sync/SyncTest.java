package org.witan.light.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.header.BlockHeader;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

class SyncTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 700);
  private static final long TRUSTING = 3_600;

  private static Clock at(long slot) {
    return Clock.fixed(
        Instant.ofEpochMilli(CONFIG.slotStartMillis(Slot.of(slot)) + 1_000), ZoneOffset.UTC);
  }

  private static final Clock NOW = at(CHAIN.size());

  private static LightState skipping(HonestSource peer, List<SyncProgress> events)
      throws Exception {
    return new SkippingSync(CONFIG, TRUSTING, NOW)
        .sync(LightState.fromRoot(CHAIN.root()), peer, events::add);
  }

  @Test
  void skippingSyncReachesTheNewestFinalBlockThroughEveryEpochChange() throws Exception {
    HonestSource peer = new HonestSource(CHAIN);
    LightState state = skipping(peer, new ArrayList<>());
    assertEquals(CHAIN.size() - 2, state.finalHeight().value());
    assertEquals(CHAIN.latestGeneration(), state.latestSet().generation());
    assertEquals(CHAIN.latestGeneration() + 1, state.sets().size());
    assertEquals(0, peer.headerRequests, "skipping sync fetches no headers");
    assertEquals(
        CHAIN.header(CHAIN.size() - 2).id(CONFIG.chainId()),
        state.finalHeader().orElseThrow().id(CONFIG.chainId()));
  }

  @Test
  void sequentialSyncChecksEveryHeaderAndEndsInTheSameState() throws Exception {
    HonestSource peer = new HonestSource(CHAIN);
    LightState sequential =
        new SequentialSync(CONFIG, TRUSTING, NOW)
            .sync(LightState.fromRoot(CHAIN.root()), peer, p -> {});
    assertEquals(CHAIN.size() - 2, peer.headersServed);
    LightState skipped = skipping(new HonestSource(CHAIN), new ArrayList<>());
    assertEquals(skipped.finalHeight(), sequential.finalHeight());
    assertEquals(skipped.sets(), sequential.sets());
  }

  @Test
  void progressRunsFromTheRootToTheTargetAndEndsDone() throws Exception {
    List<SyncProgress> events = new ArrayList<>();
    skipping(new HonestSource(CHAIN), events);
    assertEquals(SyncProgress.Phase.LOCATING, events.get(0).phase());
    SyncProgress last = events.get(events.size() - 1);
    assertEquals(SyncProgress.Phase.DONE, last.phase());
    assertEquals(0, last.blocksToGo());
    assertEquals(CHAIN.size() - 2, last.targetHeight());
    long reached = -1;
    for (SyncProgress p : events) {
      assertTrue(p.reachedHeight() >= reached, () -> "progress went backwards: " + events);
      reached = p.reachedHeight();
    }
    assertTrue(
        events.stream().filter(p -> p.phase() == SyncProgress.Phase.EPOCH_CHANGES).count()
            >= CHAIN.latestGeneration());
  }

  @Test
  void aPeerThatSwapsTheNextSetIsBadData() {
    HonestSource liar =
        new HonestSource(CHAIN) {
          @Override
          public List<EpochChange> epochChanges(long from, int max) throws PeerException {
            List<EpochChange> honest = super.epochChanges(from, max);
            EpochChange first = honest.get(0);
            List<EpochChange> forged = new ArrayList<>(honest);
            forged.set(
                0,
                new EpochChange(
                    first.firstHeader(),
                    SyntheticChain.impostorSet(first.toGeneration()).set(),
                    first.certificate()));
            return forged;
          }
        };
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> skipping(liar, new ArrayList<>()));
    assertTrue(e.getMessage().contains("SET_MISMATCH"), e.getMessage());
  }

  @Test
  void aPeerThatWithholdsEpochChangesIsBadData() {
    HonestSource withholding =
        new HonestSource(CHAIN) {
          @Override
          public List<EpochChange> epochChanges(long from, int max) {
            return List.of();
          }
        };
    assertThrows(PeerException.BadData.class, () -> skipping(withholding, new ArrayList<>()));
  }

  @Test
  void aFinalityProofWithAForeignCertificateIsBadData() {
    HonestSource forger =
        new HonestSource(CHAIN) {
          @Override
          public FinalityProof latestFinality() {
            FinalityProof honest = chain.latestFinality();
            long height = honest.block().body().height().value();
            long otherGeneration = (chain.generationAt(height) + 1) % 2 + 5;
            return new FinalityProof(
                honest.block(),
                SyntheticChain.setOf(otherGeneration)
                    .strongCertificate(
                        org.witan.core.finality.VoteTarget.of(honest.block(), CONFIG.chainId()),
                        CONFIG.chainId(),
                        4),
                honest.child(),
                honest.childCertificate());
          }
        };
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> skipping(forger, new ArrayList<>()));
    assertTrue(e.getMessage().contains("BAD_CERTIFICATE"), e.getMessage());
  }

  @Test
  void aBrokenHeaderChainIsBadDataInSequentialMode() {
    HonestSource splicer =
        new HonestSource(CHAIN) {
          @Override
          public List<BlockHeader> headers(long from, int count) throws PeerException {
            List<BlockHeader> honest = new ArrayList<>(super.headers(from, count));
            honest.set(10, honest.get(11));
            return honest;
          }
        };
    PeerException.BadData e =
        assertThrows(
            PeerException.BadData.class,
            () ->
                new SequentialSync(CONFIG, TRUSTING, NOW)
                    .sync(LightState.fromRoot(CHAIN.root()), splicer, p -> {}));
    assertTrue(e.getMessage().contains("BROKEN_CHAIN"), e.getMessage());
  }

  @Test
  void aStaleTrustRootNeedsAConfirmedCheckpoint() {
    Clock muchLater = at(CHAIN.size() + 2 * 3_600 * 2);
    StaleTrustException e =
        assertThrows(
            StaleTrustException.class,
            () ->
                new SkippingSync(CONFIG, TRUSTING, muchLater)
                    .sync(LightState.fromRoot(CHAIN.root()), new HonestSource(CHAIN), p -> {}));
    assertTrue(e.getMessage().contains("confirm a recent checkpoint"), e.getMessage());
  }

  @Test
  void aPeerWithNothingNewerIsNotFound() throws Exception {
    LightState synced = skipping(new HonestSource(CHAIN), new ArrayList<>());
    assertThrows(
        PeerException.NotFound.class,
        () ->
            new SkippingSync(CONFIG, TRUSTING, NOW).sync(synced, new HonestSource(CHAIN), p -> {}));
  }
}
