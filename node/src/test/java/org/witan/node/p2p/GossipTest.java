package org.witan.node.p2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.testing.Keys;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.light.verify.ForkEvidence;
import org.witan.node.consensus.ConsensusInput;
import org.witan.node.consensus.Peer;
import org.witan.node.consensus.SignatureChecks;
import org.witan.node.evidence.Forks;
import org.witan.node.evidence.SafetyAlarm;

/**
 * Gossip's routing over links that record what they are sent (the real links need sockets; this
 * checks who gets what): one link per peer pair, bounded relay fan-out, bans for forged votes.
 */
class GossipTest {
  private static final ChainId CHAIN = ChainId.of("witan-gossip");
  private static final Hash32 GENESIS = Hash32.sha256(new byte[] {1});
  private static final org.witan.core.chain.ChainConfig CONFIG =
      new org.witan.core.chain.ChainConfig(
          CHAIN, org.witan.core.address.Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);

  private final Gossip gossip =
      new Gossip(
          CHAIN,
          GENESIS,
          SignatureChecks.DIRECT,
          new PeerGuard(PeerGuard.Limits.DEFAULT, Clock.systemUTC()),
          new org.witan.node.state.PublicKeyCache(64));
  private final List<Vote> votesToConsensus = new ArrayList<>();

  GossipTest() {
    gossip.attach(
        new ConsensusInput() {
          @Override
          public void onBlock(Peer from, Block block) {}

          @Override
          public void onVote(Vote vote) {
            votesToConsensus.add(vote);
          }

          @Override
          public void onBlockRequest(Peer from, Hash32 id, long have) {}
        },
        tx -> org.witan.core.rules.Verdict.accepted());
  }

  /** A link that records what it is sent. */
  private static final class Recording implements PeerLink {
    final Peer peer;
    final Optional<String> dialled;
    final List<String> sent = new ArrayList<>();
    String closed;

    Recording(String name, Optional<String> dialled) {
      this.peer = new Peer(name);
      this.dialled = dialled;
    }

    @Override
    public Peer peer() {
      return peer;
    }

    @Override
    public String guardKey() {
      return peer.name();
    }

    @Override
    public Optional<String> dialled() {
      return dialled;
    }

    @Override
    public boolean send(String text) {
      sent.add(text);
      return true;
    }

    @Override
    public void close(String reason) {
      closed = reason;
    }
  }

  private Recording node(String name, int port, boolean dialled) {
    String url = "http://127.0.0.1:" + port;
    Recording link = new Recording(name, dialled ? Optional.of(url) : Optional.empty());
    gossip.opened(link);
    if (!dialled) {
      gossip.onMessage(
          link, Wire.hello(new Message.Hello(GENESIS, Optional.of(url), OptionalLong.empty())));
    }
    return link;
  }

  private static Vote vote(int voter, ChainId chain) {
    VoteTarget target =
        new VoteTarget(
            Hash32.sha256(new byte[] {2}),
            Height.of(5),
            Slot.of(5),
            Slot.of(4),
            0,
            Hash32.ZERO,
            Hash32.ZERO,
            Hash32.ZERO);
    return Vote.sign(target, true, Keys.labelled("gossip/voter-" + voter), chain);
  }

  @Test
  void aPeerLinkedBothWaysGetsEachMessageOnce() {
    Recording out = node("out", 7001, true);
    Recording in = node("in", 7001, false);
    gossip.sendVote(vote(1, CHAIN), List.of());
    assertEquals(1, out.sent.size(), "on the link this node dialled");
    assertEquals(0, in.sent.size(), "not again on the peer's own link");
  }

  @Test
  void aReceivedVoteGoesToConsensusAndToAFewOtherPeers() {
    List<Recording> peers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      peers.add(node("out-" + i, 7100 + i, true));
    }
    Recording from = peers.get(0);
    gossip.onMessage(from, Wire.vote(vote(2, CHAIN)));
    gossip.onMessage(peers.get(1), Wire.vote(vote(2, CHAIN)));
    assertEquals(1, votesToConsensus.size(), "once, however many peers send it");
    long relayed = peers.stream().filter(p -> !p.sent.isEmpty()).count();
    assertEquals(Gossip.RELAY_FANOUT, relayed);
    assertTrue(from.sent.isEmpty(), "never back to the sender");
  }

  @Test
  void votesOfOneVoterAreCheckedWithOneKeyInstance() {
    Recording from = node("out-x", 7300, true);
    VoteTarget other =
        new VoteTarget(
            Hash32.sha256(new byte[] {3}),
            Height.of(6),
            Slot.of(6),
            Slot.of(5),
            0,
            Hash32.ZERO,
            Hash32.ZERO,
            Hash32.ZERO);
    gossip.onMessage(from, Wire.vote(vote(4, CHAIN)));
    gossip.onMessage(
        from, Wire.vote(Vote.sign(other, true, Keys.labelled("gossip/voter-4"), CHAIN)));
    assertEquals(2, votesToConsensus.size());
    org.junit.jupiter.api.Assertions.assertSame(
        votesToConsensus.get(0).voter(),
        votesToConsensus.get(1).voter(),
        "its curve point is decoded once");
  }

  @Test
  void aVoteSignedForAnotherChainGetsItsSenderBanned() {
    Recording liar = node("liar", 7200, true);
    gossip.onMessage(liar, Wire.vote(vote(3, ChainId.of("another-chain"))));
    assertTrue(liar.closed != null && liar.closed.contains("invalid signature"), liar.closed);
    assertTrue(gossip.guard().isBanned("liar"));
    assertTrue(votesToConsensus.isEmpty());
  }

  @Test
  void validForkEvidenceIsForwardedOnceToEveryOtherPeer() {
    SigningSet set = SigningSet.ofSize(4, 0);
    List<Evidence> reported = new ArrayList<>();
    SafetyAlarm alarm =
        new SafetyAlarm(
            CONFIG,
            g -> g == 0 ? Optional.of(set.set()) : Optional.empty(),
            gossip::forwardEvidence,
            reported::add,
            Clock.systemUTC());
    gossip.attachEvidence(alarm);
    List<Recording> peers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      peers.add(node("ev-" + i, 7400 + i, i % 2 == 0));
    }
    ForkEvidence evidence =
        ForkEvidence.of(
                Forks.proof(set, CONFIG, 10, "honest"), Forks.proof(set, CONFIG, 10, "forged"))
            .orElseThrow();
    String message = Wire.evidence(evidence);
    gossip.onMessage(peers.get(0), message);
    gossip.onMessage(peers.get(1), message);
    assertTrue(peers.get(0).sent.isEmpty(), "not back to the sender");
    for (Recording p : peers.subList(1, peers.size())) {
      assertEquals(List.of(message), p.sent, "once to " + p.peer);
    }
    assertEquals(1, alarm.seen().size());
    assertEquals(1, reported.size(), "the double proposal goes to the evidence sink");
    assertTrue(peers.stream().allMatch(p -> p.closed == null));
  }

  @Test
  void forkEvidenceThatDoesNotVerifyGetsItsSenderBanned() {
    SigningSet set = SigningSet.ofSize(4, 0);
    SafetyAlarm alarm =
        new SafetyAlarm(
            CONFIG,
            g -> g == 0 ? Optional.of(SigningSet.ofSize(5, 0).set()) : Optional.empty(),
            gossip::forwardEvidence,
            e -> {},
            Clock.systemUTC());
    gossip.attachEvidence(alarm);
    Recording liar = node("ev-liar", 7500, true);
    Recording other = node("ev-other", 7501, true);
    ForkEvidence evidence =
        ForkEvidence.of(
                Forks.proof(set, CONFIG, 10, "honest"), Forks.proof(set, CONFIG, 10, "forged"))
            .orElseThrow();
    gossip.onMessage(liar, Wire.evidence(evidence));
    assertTrue(liar.closed != null && liar.closed.contains("fork evidence"), liar.closed);
    assertTrue(gossip.guard().isBanned("ev-liar"));
    assertTrue(other.sent.isEmpty(), "nothing forwarded");
    assertTrue(alarm.seen().isEmpty());

    // Evidence of a generation this node has no set for is dropped, its sender not blamed.
    Recording ahead = node("ev-ahead", 7502, true);
    SigningSet later = SigningSet.ofSize(4, 7);
    gossip.onMessage(
        ahead,
        Wire.evidence(
            ForkEvidence.of(
                    Forks.proof(later, CONFIG, 500, "a"), Forks.proof(later, CONFIG, 500, "b"))
                .orElseThrow()));
    assertEquals(null, ahead.closed);
    assertFalse(gossip.guard().isBanned("ev-ahead"));
  }
}
