package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Action;
import org.witan.core.tx.ClaimRewards;
import org.witan.core.tx.ClearVote;
import org.witan.core.tx.Memo;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.SetCommission;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.Stake;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.Unstake;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.tx.Withdraw;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/**
 * Invariants over random sequences of real, signed transactions (some of which fail): the supply is
 * always accounted for, team and proxy weights are their voters', and a second machine fed only the
 * accepted transactions (checked in parallel, applied as checked transactions, on its own store)
 * reaches the same root after every block, so failed transactions leave nothing behind and
 * execution is deterministic.
 */
class StateMachineProperties {
  private static final int TEAMS = 6;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  /** One step of a scenario: a transaction by a user, or the end of a block. */
  sealed interface Step permits Send, EndBlock {}

  record Send(int user, Action action) implements Step {}

  /** Ends the block, after {@code skipped} empty slots (missed by their teams). */
  record EndBlock(int skipped) implements Step {}

  @Provide
  Arbitrary<List<Step>> scenarios() {
    Arbitrary<Integer> users = Arbitraries.integers().between(0, TestGenesis.USERS - 1);
    Arbitrary<Amount> amounts =
        Arbitraries.longs().between(1, 400_000).map(u -> Amount.ofUnits(u * 1_000_000L));
    Arbitrary<TeamId> teams = Arbitraries.longs().between(1, TEAMS + 1).map(TeamId::of);
    Arbitrary<Action> actions =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                4,
                Combinators.combine(users, amounts)
                    .as((u, a) -> (Action) new Transfer(address(user(u)), a, Memo.EMPTY))),
            net.jqwik.api.Tuple.of(4, amounts.map(a -> (Action) new Stake(a))),
            net.jqwik.api.Tuple.of(2, amounts.map(a -> (Action) new Unstake(a))),
            net.jqwik.api.Tuple.of(1, Arbitraries.just((Action) new Withdraw())),
            net.jqwik.api.Tuple.of(
                4,
                teams
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .uniqueElements()
                    .map(l -> (Action) new VoteForTeams(l.stream().sorted().toList()))),
            net.jqwik.api.Tuple.of(2, users.map(u -> (Action) new SetProxy(address(user(u))))),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.just(
                    (Action)
                        new RegisterProxy(
                            Endpoint.of("https://proxy.example"), Keys.hashOf("opinion")))),
            net.jqwik.api.Tuple.of(1, Arbitraries.just((Action) new ClearVote())),
            net.jqwik.api.Tuple.of(2, Arbitraries.just((Action) new ClaimRewards())));
    Arbitrary<Step> send = Combinators.combine(users, actions).as(Send::new);
    Arbitrary<Step> end =
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 40)))
            .map(EndBlock::new);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, send), net.jqwik.api.Tuple.of(3, end))
        .list()
        .ofMinSize(5)
        .ofMaxSize(60);
  }

  @Property(tries = 60)
  void invariantsHoldAndAReplayOfTheAcceptedTransactionsGivesTheSameRoots(
      @ForAll("scenarios") List<Step> steps, @ForAll boolean ownerActs) {
    TestChain chain = TestChain.start(4, TEAMS, 4);
    TestChain replay = TestChain.start(4, TEAMS, 4);
    Amount genesis = chain.globals().supply();
    List<Address> accounts = Ledgers.knownAccounts(TEAMS);
    List<Transaction> accepted = new ArrayList<>();
    BlockSession session = chain.machine.begin(chain.nextContext(0));
    long skipped = 0;
    // Users 0 and 1 start as proxies (0 voting for teams 1 and 2), so followers are common.
    Action proxy = new RegisterProxy(Endpoint.of("https://proxy.example"), Keys.hashOf("opinion"));
    List<Step> all =
        new ArrayList<>(
            List.of(
                new Send(0, proxy),
                new Send(1, proxy),
                new Send(0, new Stake(Amount.ofWit(1_000))),
                new Send(0, new VoteForTeams(List.of(TeamId.of(1), TeamId.of(2))))));
    all.addAll(steps);
    if (ownerActs) {
      all.add(all.size() / 2, new Send(-1, new SetCommission(TeamId.of(1), 1_200)));
      all.add(new Send(-2, new UnregisterTeam(TeamId.of(2))));
    }
    all.add(new EndBlock(0));
    Statistics.label("epochs ended")
        .collect(
            all.stream().filter(EndBlock.class::isInstance).count() >= 10
                ? "at least one"
                : "none");
    for (Step step : all) {
      if (step instanceof Send send) {
        var key =
            send.user() == -1
                ? TestGenesis.owner(1)
                : send.user() == -2 ? TestGenesis.owner(2) : user(send.user());
        Transaction tx = chain.tx(key, send.action());
        Verdict<StateRejection> verdict = session.apply(tx);
        Statistics.label("outcome")
            .collect(verdict.isAccepted() ? "accepted" : verdict.reason().name());
        if (verdict.isAccepted()) {
          accepted.add(tx);
        } else {
          chain.forgetPending(key);
        }
      } else {
        chain.commit(session, skipped);
        Hash32 replayed = replayBlock(replay, accepted, skipped);
        assertEquals(chain.root, replayed, "the replay reaches the same root");
        Ledgers.assertSupplyAccountedFor(chain, accounts, genesis);
        Ledgers.assertWeightsAreTheVotersWeights(chain, accounts);
        accepted.clear();
        skipped = ((EndBlock) step).skipped();
        session = chain.machine.begin(chain.nextContext(skipped));
      }
    }
  }

  private static Hash32 replayBlock(TestChain replay, List<Transaction> txs, long skipped) {
    BlockSession session = replay.machine.begin(replay.nextContext(skipped));
    for (CheckedTransaction checked : replay.machine.verifier().checkAll(txs, POOL, 2)) {
      Verdict<StateRejection> verdict = session.apply(checked);
      if (!verdict.isAccepted()) {
        throw new AssertionError("the replay refused an accepted transaction: " + verdict);
      }
    }
    replay.commit(session, skipped);
    return replay.root;
  }
}
