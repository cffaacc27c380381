package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.testing.SigningSet;

/** When an announced producer set becomes active, and which sets certify the blocks around it. */
class ChildSetsTest {
  private final TestChain chain = new TestChain(4);
  private final ProducerSet next =
      SigningSet.of(1, List.of(TeamId.of(2), TeamId.of(3), TeamId.of(4), TeamId.of(5)), List.of())
          .set();

  @Test
  void theChainProvesABlockFinalByTwoStrongClaims() {
    BlockEntry b1 = chain.child(chain.genesis, 1, chain.genesis, true);
    BlockEntry b2 = chain.child(b1, 2, b1, true);
    BlockEntry b3 = chain.child(b2, 3, b2, true);
    BlockEntry weak = chain.child(b2, 3, b2, false, Optional.empty(), "weak");
    assertEquals(0, b2.chainFinal().value(), "b2 claims b1, whose claim is of genesis");
    assertEquals(1, b3.chainFinal().value(), "b3 claims b2 strongly, b2 claims b1 strongly");
    assertEquals(0, weak.chainFinal().value(), "a weak claim proves nothing final");
  }

  @Test
  void anAnnouncedSetActivatesOnceItsBlockIsProvenFinal() {
    BlockEntry b1 = chain.child(chain.genesis, 1, chain.genesis, true);
    BlockEntry e = chain.child(b1, 2, b1, true, Optional.of(next), "e");
    assertEquals(Optional.of(new Announcement(TestChain.height(2), next)), e.pending());
    BlockEntry c = chain.child(e, 3, e, true);
    assertFalse(ChildSets.of(c).activates(), "c proves only b1 final");
    assertEquals(0, ChildSets.of(c).generation());
    BlockEntry d = chain.child(c, 4, c, true);
    assertEquals(2, d.chainFinal().value());
    ChildSets afterD = ChildSets.of(d);
    assertTrue(afterD.activates());
    assertEquals(1, afterD.generation());
    assertEquals(next, afterD.set());
    assertEquals(Optional.of(chain.signing.set()), afterD.previousSet());

    // Blocks of generation 1 are joint, certified by both sets, until the chain proves a block of
    // generation 1 final.
    BlockEntry n1 = chain.child(d, 5, d, true);
    assertEquals(1, n1.generation());
    assertEquals(Optional.empty(), n1.pending());
    assertTrue(n1.joint());
    assertEquals(List.of(chain.signing.set(), next), n1.signerSets());
    BlockEntry n2 = chain.child(n1, 6, n1, true);
    assertTrue(n2.joint(), "claims a block of generation 1, proves nothing of it final");
    BlockEntry n3 = chain.child(n2, 7, n2, true);
    assertTrue(n3.joint());
    assertEquals(5, n3.chainFinal().value(), "n3 claims n2, which claims n1: n1 is proven final");
    assertEquals(1, n3.chainFinalGeneration());
    BlockEntry n4 = chain.child(n3, 8, n3, true);
    assertFalse(n4.joint(), "its parent's chain proves n1 final: the new set alone certifies");
    assertEquals(List.of(next), n4.signerSets());
    assertFalse(ChildSets.of(n4).activates());
    assertEquals(1, ChildSets.of(n4).generation());
  }

  @Test
  void noSetIsAnnouncedWhileAnotherIsPending() {
    BlockEntry e1 = chain.child(chain.genesis, 1, chain.genesis, true, Optional.of(next), "e1");
    assertTrue(ChildSets.of(chain.genesis).mayAnnounce(chain.genesis));
    assertFalse(ChildSets.of(e1).mayAnnounce(e1), "e1's set is pending");
    BlockEntry c = chain.child(e1, 2, e1, true);
    BlockEntry d = chain.child(c, 3, c, true);
    ChildSets afterD = ChildSets.of(d);
    assertTrue(afterD.activates());
    assertTrue(
        afterD.mayAnnounce(d), "the first block of the new generation may announce the next");
  }
}
