package org.witan.light.witness;

import java.util.List;
import java.util.Optional;
import org.witan.core.chain.ChainConfig;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SkippingSync;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;

/**
 * Compares one witness's answers with what the primary served in a sync (or a head follower's peer
 * while following): the epoch change to every generation the sync newly trusted, and the finality
 * proof at the new final height. Each witness answer is verified under the client's trusted sets
 * first; one that does not verify is bad data.
 */
final class CrossCheck {
  /** What one witness said. */
  sealed interface Result permits Agreed, Unanswered, Conflict {}

  /** Every answer verified and matched the primary's. */
  record Agreed() implements Result {}

  /** The witness lacked something or did not answer: no judgement. */
  record Unanswered(Optional<PeerException> failure, String why) implements Result {}

  /** The witness's answer verified and conflicts with the primary's. */
  record Conflict(ForkEvidence evidence) implements Result {}

  private final ChainConfig config;

  CrossCheck(ChainConfig config) {
    this.config = config;
  }

  /**
   * @param before the state the sync started from
   * @param after the state the primary's answers led to
   * @param served the epoch changes the primary served on the way (the accepted ones among them)
   * @throws PeerException.BadData if the witness's answer does not verify (ban it)
   */
  Result check(LightState before, LightState after, List<EpochChange> served, ChainSource witness)
      throws PeerException.BadData {
    long g = before.latestSet().generation();
    long to = after.latestSet().generation();
    while (g < to) {
      int asked = (int) Math.min(SkippingSync.CHANGES_PER_REQUEST, to - g);
      List<EpochChange> batch;
      try {
        batch = witness.epochChanges(g, asked);
      } catch (PeerException.NotFound | PeerException.NoResponse e) {
        return new Unanswered(Optional.of(e), "no epoch changes after generation " + g);
      } catch (PeerException.BadData e) {
        throw e;
      } catch (PeerException e) {
        throw new IllegalStateException("PeerException has three kinds", e);
      }
      if (batch.isEmpty()) {
        return new Unanswered(Optional.empty(), "has no epoch change after generation " + g);
      }
      for (EpochChange theirs : batch) {
        if (g >= to) {
          break;
        }
        ProducerSet trusted = after.set(g).orElseThrow();
        Verdict<LightFault> verdict = LightVerifier.verifyEpochChange(trusted, theirs, config);
        if (!verdict.isAccepted()) {
          throw bad(witness, verdict, "its epoch change after generation " + g);
        }
        Optional<ForkEvidence> conflict = ForkEvidence.of(ours(served, after, g + 1), theirs);
        if (conflict.isPresent()) {
          return new Conflict(conflict.get());
        }
        g++;
      }
    }
    Optional<FinalityProof> head = after.latestFinality();
    if (head.isEmpty() || before.latestFinality().map(p -> p.equals(head.get())).orElse(false)) {
      return new Agreed();
    }
    long height = head.get().block().body().height().value();
    FinalityProof theirs;
    try {
      theirs = witness.finality(height);
    } catch (PeerException.NotFound | PeerException.NoResponse e) {
      return new Unanswered(Optional.of(e), "no finality proof at height " + height);
    } catch (PeerException.BadData e) {
      throw e;
    } catch (PeerException e) {
      throw new IllegalStateException("PeerException has three kinds", e);
    }
    Verdict<LightFault> verdict = LightVerifier.verifyFinality(theirs, after::set, config);
    if (!verdict.isAccepted() && verdict.reason() == LightFault.WRONG_GENERATION) {
      // An honest witness may prove the block with a later child of a set not yet trusted here.
      return new Unanswered(Optional.empty(), "proves height " + height + " with an untrusted set");
    }
    if (!verdict.isAccepted()) {
      throw bad(witness, verdict, "its finality proof at height " + height);
    }
    if (theirs.block().body().height().value() != height) {
      throw new PeerException.BadData(
          witness.name(), "answered height " + theirs.block().body().height() + " for " + height);
    }
    return ForkEvidence.of(head.get(), theirs).<Result>map(Conflict::new).orElse(new Agreed());
  }

  /** The change the primary served to {@code generation} that the client accepted. */
  private static EpochChange ours(List<EpochChange> served, LightState after, long generation) {
    ProducerSet trusted = after.set(generation).orElseThrow();
    for (EpochChange c : served) {
      if (c.toGeneration() == generation && c.nextSet().equals(trusted)) {
        return c;
      }
    }
    throw new IllegalStateException("generation " + generation + " was trusted unseen");
  }

  private static PeerException.BadData bad(
      ChainSource witness, Verdict<LightFault> verdict, String what) {
    return new PeerException.BadData(
        witness.name(), what + " does not verify: " + verdict.reason() + ": " + verdict.detail());
  }
}
