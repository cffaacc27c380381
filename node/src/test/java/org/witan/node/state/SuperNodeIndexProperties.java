package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.witan.core.address.Address;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Action;
import org.witan.core.tx.DeregisterSuperNode;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.value.Endpoint;

/**
 * The super-node index (docs/protocol.md 9.1, key 0x0E) over random sequences of registrations and
 * deregistrations, several in a block, some refused: after every block the slots 0 to {@code
 * superNodes - 1} hold exactly the registered seats, each seat records its slot, and the order is
 * the one the protocol fixes (a new seat is appended; a seat given up is refilled by the last).
 */
class SuperNodeIndexProperties {

  /**
   * One step: user {@code user} registers (with a fresh node key) or deregisters; or a block ends.
   */
  sealed interface Step permits Register, Deregister, EndBlock {}

  record Register(int user) implements Step {}

  record Deregister(int user) implements Step {}

  record EndBlock() implements Step {}

  @Provide
  Arbitrary<List<Step>> scenarios() {
    Arbitrary<Integer> users = Arbitraries.integers().between(0, TestGenesis.USERS - 1);
    return Arbitraries.frequencyOf(
            Tuple.of(5, users.map(u -> (Step) new Register(u))),
            Tuple.of(3, users.map(u -> (Step) new Deregister(u))),
            Tuple.of(2, Arbitraries.just((Step) new EndBlock())))
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  @Property(tries = 80)
  void theIndexIsAlwaysTheRegisteredSeatsInProtocolOrder(@ForAll("scenarios") List<Step> steps) {
    TestChain chain = TestChain.standard();
    List<Address> everyone = new ArrayList<>();
    for (int i = 0; i < TestGenesis.USERS; i++) {
      everyone.add(address(user(i)));
    }
    List<Address> model = new ArrayList<>();
    List<Address> committed = new ArrayList<>();
    List<Step> all = new ArrayList<>(steps);
    all.add(new EndBlock());
    BlockSession session = chain.machine.begin(chain.nextContext(0));
    int keys = 0;
    for (Step step : all) {
      if (step instanceof EndBlock) {
        chain.commit(session, 0);
        committed = new ArrayList<>(model);
        assertEquals(committed, Ledgers.assertSuperNodeIndexIsDense(chain, everyone));
        assertEquals(committed.size(), chain.globals().superNodes());
        session = chain.machine.begin(chain.nextContext(0));
        continue;
      }
      int u = step instanceof Register r ? r.user() : ((Deregister) step).user();
      Address sender = everyone.get(u);
      Action action =
          step instanceof Register
              ? new RegisterSuperNode(
                  Endpoint.of("https://node-" + u + ".example:8443"),
                  Keys.labelled("index-property/node-" + keys++).publicKey())
              : new DeregisterSuperNode();
      Verdict<StateRejection> verdict = session.apply(chain.tx(user(u), action));
      Statistics.label("outcome")
          .collect(
              step.getClass().getSimpleName()
                  + " "
                  + (verdict.isAccepted() ? "accepted" : verdict.reason().name()));
      boolean seated = model.contains(sender);
      if (step instanceof Register) {
        assertEquals(!seated, verdict.isAccepted(), verdict::detail);
        if (!seated) {
          model.add(sender);
        }
      } else {
        assertEquals(seated, verdict.isAccepted(), verdict::detail);
        if (seated) {
          int slot = model.indexOf(sender);
          Address last = model.remove(model.size() - 1);
          if (slot < model.size()) {
            model.set(slot, last);
          }
        }
      }
      if (!verdict.isAccepted()) {
        chain.forgetPending(user(u));
      }
    }
    Statistics.label("seats at the end").collect(committed.size());
  }
}
