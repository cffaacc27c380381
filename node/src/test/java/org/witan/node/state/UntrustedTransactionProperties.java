package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.owner;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.testing.ActionArbitraries;
import org.witan.core.testing.ValidActions;
import org.witan.core.tx.Action;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Transaction;

/**
 * Whatever a funded sender signs, applying it yields a verdict and never an exception; and a
 * refused transaction leaves the block exactly as if it had never been offered. Actions come in two
 * flavours: keeping their stateless rules (with team 1's owner co-signing, so team actions reach
 * their stateful checks), and anything at all.
 */
class UntrustedTransactionProperties {
  private final TestChain chain = TestChain.standard();
  private final Hash32 emptyBlock = emptyBlockRoot();
  private final SigningKey sender = user(0);
  private final SigningKey cosigner = owner(1);

  private Hash32 emptyBlockRoot() {
    return chain.machine.begin(chain.nextContext(0)).finish().stateRoot();
  }

  @Provide
  Arbitrary<Action> validActions() {
    List<org.witan.core.crypto.PublicKey> signers =
        List.of(sender.publicKey(), cosigner.publicKey());
    return Arbitraries.of(ActionKind.values())
        .flatMap(kind -> ValidActions.of(kind, signers, TestChain.CHAIN));
  }

  @Provide
  Arbitrary<Action> anyActions() {
    return ActionArbitraries.actions();
  }

  @Property(tries = 300)
  void validActionsYieldAVerdictAndRefusalsChangeNothing(@ForAll("validActions") Action action) {
    check(chain.sign(sender, 0, TestChain.FEE, action, cosigner));
  }

  @Property(tries = 200)
  void anyActionYieldsAVerdict(@ForAll("anyActions") Action action) {
    check(chain.sign(sender, 0, TestChain.FEE, action));
  }

  private void check(Transaction tx) {
    BlockSession session = chain.machine.begin(chain.nextContext(0));
    Verdict<StateRejection> verdict = session.apply(tx);
    Hash32 root = session.finish().stateRoot();
    if (!verdict.isAccepted()) {
      assertEquals(emptyBlock, root, () -> "a refused transaction changed the state: " + verdict);
    }
  }
}
