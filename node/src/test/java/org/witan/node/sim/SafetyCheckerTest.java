package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.TestChain;

/** The safety checker itself catches each kind of violation injected into it. */
class SafetyCheckerTest {
  private final TestChain chain = new TestChain(4);
  private final SafetyChecker checker = new SafetyChecker();
  private final BlockEntry a1 = chain.child(chain.genesis, 1, chain.genesis, true);
  private final BlockEntry a2 = chain.child(a1, 2, a1, true);
  private final BlockEntry b1 = chain.child(chain.genesis, 3, chain.genesis, true);
  private final BlockEntry b2 = chain.child(b1, 4, b1, true);

  @Test
  void agreeingNodesAreSafe() {
    checker.finalized(0, List.of(a1, a2), 10);
    checker.finalized(1, List.of(a1), 11);
    checker.finalized(1, List.of(a2), 12);
    assertEquals(List.of(), checker.violations());
    assertEquals(2, checker.highestFinal());
  }

  @Test
  void twoNodesFinalizingConflictingBlocksAreCaught() {
    checker.finalized(0, List.of(a1, a2), 10);
    checker.finalized(1, List.of(b1, b2), 11);
    List<String> v = checker.violations();
    assertEquals(2, v.size(), v.toString());
    assertTrue(v.get(0).startsWith("conflicting final blocks at height 1"));
  }

  @Test
  void oneNodeRevertingFinalityIsCaught() {
    checker.finalized(0, List.of(a1, a2), 10);
    checker.finalized(0, List.of(b2), 11);
    assertEquals(2, checker.violations().size(), checker.violations().toString());
  }

  @Test
  void conflictingVotesOfHonestKeysAreCaughtAndExcusedKeysAreNot() {
    var key = Keys.labelled("checker-test/attester");
    Vote x = Vote.sign(target("x", 7), true, key, Fixtures.CHAIN);
    Vote y = Vote.sign(target("y", 7), true, key, Fixtures.CHAIN);
    checker.voted(x);
    checker.voted(x);
    assertEquals(List.of(), checker.violations(), "the same vote twice is not a conflict");
    checker.voted(y);
    assertEquals(1, checker.violations().size());
    checker.excuse(key.publicKey());
    assertEquals(List.of(), checker.violations());
  }

  @Test
  void aNodeReportingConflictingCertificatesIsCaught() {
    checker.safetyFailure(3, "two certified final blocks");
    assertEquals(
        Optional.of("node 3 reports a safety failure: two certified final blocks"),
        checker.violations().stream().findFirst());
  }

  private static VoteTarget target(String block, long slot) {
    return new VoteTarget(
        Keys.hashOf(block),
        Height.of(slot),
        Slot.of(slot),
        Slot.of(slot - 1),
        0,
        Hash32.ZERO,
        Hash32.ZERO,
        Hash32.ZERO);
  }
}
