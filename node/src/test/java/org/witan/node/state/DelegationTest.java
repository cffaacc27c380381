package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.owner;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateRejection;
import org.witan.core.state.U128;
import org.witan.core.state.VoteWeight;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.ClearVote;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.Stake;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/** VoteForTeams, SetProxy, RegisterProxy and ClearVote (docs/protocol.md 10.1, 8.3). */
class DelegationTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);
  private final SigningKey bob = user(1);
  private final SigningKey carol = user(2);

  private static VoteForTeams vote(long... teams) {
    List<TeamId> ids = java.util.Arrays.stream(teams).mapToObj(TeamId::of).toList();
    return new VoteForTeams(ids);
  }

  private static RegisterProxy proxy() {
    return new RegisterProxy(Endpoint.of("https://opinions.example"), Keys.hashOf("opinion"));
  }

  private U128 weight(long team) {
    return chain.team(team).totalWeight();
  }

  @Test
  void votesGiveEveryChosenTeamTheFullWeight() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(1_000))), chain.tx(alice, vote(1, 2)));
    U128 w = U128.of(Amount.ofWit(1_000)); // week 0: weight = stake
    assertEquals(w, chain.account(alice).voteWeight());
    assertEquals(w, weight(1));
    assertEquals(w, weight(2));
    assertEquals(U128.ZERO, weight(3));
    assertEquals(
        List.of(TeamId.of(1), TeamId.of(2)),
        chain.account(alice).snapshots().stream().map(s -> s.team()).toList());
  }

  @Test
  void aNewVoteMovesTheWeightAndMoreStakeAddsToIt() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(1_000))), chain.tx(alice, vote(1, 2)));
    chain.block(chain.tx(alice, vote(2, 3)));
    assertEquals(U128.ZERO, weight(1));
    assertEquals(U128.of(Amount.ofWit(1_000)), weight(3));
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(500))));
    assertEquals(U128.of(Amount.ofWit(1_500)), weight(2));
    assertEquals(U128.of(Amount.ofWit(1_500)), weight(3));
  }

  @Test
  void aLaterVoteWeighsMore() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(1_000))), chain.tx(alice, vote(1)));
    // 60 weeks later (60 weeks of 500 ms slots), Bob's equal stake weighs more.
    long slots = 60 * VoteWeight.WEEK_MILLIS / 500;
    chain.blockAfter(slots - chain.slot - 1);
    chain.block(chain.tx(bob, new Stake(Amount.ofWit(1_000))), chain.tx(bob, vote(2)));
    U128 later = VoteWeight.weight(Amount.ofWit(1_000), 60);
    assertEquals(later, weight(2));
    assertTrue(weight(2).compareTo(weight(1)) > 0);
  }

  @Test
  void votesForUnknownOrDepartedTeamsAreRefused() {
    chain.assertRefused(StateRejection.UNKNOWN_TEAM, chain.tx(alice, vote(1, 99)));
    chain.block(chain.tx(owner(6), new UnregisterTeam(TeamId.of(6))));
    chain.assertRefused(StateRejection.TEAM_NOT_ACTIVE, chain.tx(alice, vote(6)));
  }

  @Test
  void aFollowerAddsItsWeightToItsProxysTeams() {
    chain.block(
        chain.tx(bob, new Stake(Amount.ofWit(300))),
        chain.tx(bob, proxy()),
        chain.tx(bob, vote(1, 4)),
        chain.tx(alice, new Stake(Amount.ofWit(1_000))),
        chain.tx(alice, new SetProxy(address(bob))));
    assertEquals(U128.of(Amount.ofWit(1_300)), weight(1));
    assertEquals(U128.of(Amount.ofWit(1_300)), weight(4));
    ProxyState p = chain.reader.proxy(chain.root, address(bob)).orElseThrow();
    assertEquals(U128.of(Amount.ofWit(1_000)), p.followerWeight());
    assertEquals(Amount.ofWit(1_000), p.followerStake());
    assertEquals(new Delegation.Proxy(address(bob)), chain.account(alice).delegation());

    // The proxy moves its whole weight; the follower's stake change follows.
    chain.block(chain.tx(bob, vote(2)), chain.tx(alice, new Stake(Amount.ofWit(100))));
    assertEquals(U128.ZERO, weight(1));
    assertEquals(U128.of(Amount.ofWit(1_400)), weight(2));

    chain.block(chain.tx(alice, new ClearVote()));
    assertEquals(U128.of(Amount.ofWit(300)), weight(2));
    AccountState cleared = chain.account(alice);
    assertEquals(Delegation.none(), cleared.delegation());
    assertEquals(U128.ZERO, cleared.voteWeight());
  }

  @Test
  void onlyARegisteredProxyCanBeFollowed() {
    chain.assertRefused(StateRejection.NOT_A_PROXY, chain.tx(alice, new SetProxy(address(bob))));
  }

  @Test
  void proxiesDoNotFollowAndFollowersDoNotBecomeProxies() {
    chain.block(chain.tx(bob, proxy()), chain.tx(carol, proxy()));
    chain.assertRefused(
        StateRejection.PROXY_CANNOT_FOLLOW, chain.tx(bob, new SetProxy(address(carol))));
    chain.block(chain.tx(alice, new SetProxy(address(bob))));
    chain.assertRefused(StateRejection.PROXY_CANNOT_FOLLOW, chain.tx(alice, proxy()));
  }

  @Test
  void registeringAgainUpdatesTheOpinion() {
    chain.block(chain.tx(bob, proxy()));
    RegisterProxy update =
        new RegisterProxy(Endpoint.of("https://opinions.example/v2"), Keys.hashOf("v2"));
    chain.block(chain.tx(bob, update));
    ProxyState p = chain.reader.proxy(chain.root, address(bob)).orElseThrow();
    assertEquals(update.opinionUrl(), p.opinionUrl());
    assertEquals(update.opinionHash(), p.opinionHash());
  }
}
