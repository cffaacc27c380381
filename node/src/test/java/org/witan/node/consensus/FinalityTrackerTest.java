package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.VoteTarget;

/** The two-chain rule: what makes a block final, and what is a safety failure. */
class FinalityTrackerTest {
  private final TestChain chain = new TestChain(4);
  private final BlockTree tree = new BlockTree(chain.genesis);
  private final FinalityTracker tracker = new FinalityTracker(tree);

  private BlockEntry add(BlockEntry e) {
    tree.add(e);
    return e;
  }

  private Certification strong(BlockEntry e) {
    VoteTarget t = VoteTarget.of(e.block().header(), TestChain.CONFIG.chainId());
    QuorumCertificate qc = chain.signing.strongCertificate(t, TestChain.CONFIG.chainId(), 3);
    return new Certification(List.of(qc), true);
  }

  private Certification weak(BlockEntry e) {
    return new Certification(strong(e).certificates(), false);
  }

  @Test
  void aStronglyCertifiedBlockWithAStrongClaimFinalizesWhatItClaims() {
    BlockEntry b = add(chain.child(chain.genesis, 1, chain.genesis, true));
    BlockEntry cWeakClaim = add(chain.child(b, 2, b, false));
    BlockEntry c = add(chain.child(b, 3, b, true, Optional.empty(), "c"));
    BlockEntry rival =
        add(chain.child(chain.genesis, 4, chain.genesis, true, Optional.empty(), "r"));
    assertEquals(
        FinalityTracker.Outcome.NOTHING, tracker.certified(c, weak(c)), "weak certification");
    assertEquals(
        FinalityTracker.Outcome.NOTHING,
        tracker.certified(cWeakClaim, strong(cWeakClaim)),
        "weak claim");
    FinalityTracker.Outcome done = tracker.certified(c, strong(c));
    assertEquals(List.of(b), done.finalized().orElseThrow().newlyFinal());
    assertEquals(List.of(rival), done.finalized().orElseThrow().pruned());
    assertTrue(tree.inTree(cWeakClaim.id()), "descendants of the final block stay");
    assertEquals(b, tree.root());
    assertEquals(FinalityTracker.Outcome.NOTHING, tracker.certified(c, strong(c)), "already final");
  }

  @Test
  void certifiedFinalityAgainstTheFinalChainIsASafetyFailure() {
    BlockEntry a = add(chain.child(chain.genesis, 1, chain.genesis, true));
    BlockEntry x = add(chain.child(chain.genesis, 2, chain.genesis, true, Optional.empty(), "x"));
    BlockEntry ca = add(chain.child(a, 3, a, true));
    BlockEntry cx = add(chain.child(x, 4, x, true));
    tracker.certified(ca, strong(ca));
    assertEquals(a, tree.root());
    // cx was pruned with x; a certification of it still arrives (from a lying majority).
    FinalityTracker.Outcome bad = tracker.certified(cx, strong(cx));
    assertTrue(bad.failure().isPresent());
    assertTrue(bad.finalized().isEmpty());
    assertEquals(a, tree.root(), "nothing moves after a failure");
    BlockEntry later = add(chain.child(ca, 5, ca, true));
    assertEquals(
        FinalityTracker.Outcome.NOTHING,
        tracker.certified(later, strong(later)).finalized().isPresent()
            ? null
            : FinalityTracker.Outcome.NOTHING);
    assertEquals(a, tree.root());
  }
}
