package org.witan.core.testing;

import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Params;
import org.witan.core.governance.ParameterChange;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.Globals;
import org.witan.core.state.NodeTally;
import org.witan.core.state.ProposalDeposit;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProposalStatus;
import org.witan.core.state.ProposalVote;
import org.witan.core.state.ProxyState;
import org.witan.core.state.RewardSnapshot;
import org.witan.core.state.StakeTally;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.SuperNodeVote;
import org.witan.core.state.TeamKeys;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStats;
import org.witan.core.state.TeamStatus;
import org.witan.core.state.U128;
import org.witan.core.state.Unbonding;
import org.witan.core.state.VoteWeight;
import org.witan.core.team.TeamId;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;

/**
 * One fixed, realistic value of every state record (docs/protocol.md 9.2): the values behind the
 * golden encodings in {@code golden/state/}. Same story as {@link Fixtures}: Alice votes for teams
 * 3, 7, 12 and 21 in week 60 after genesis; Bob follows Dave's proxy; team 7 ("aurora") is in the
 * active set and has rotated its attester key for the next set; proposal 42 is in its voting
 * period.
 */
public final class StateFixtures {
  /** The vote-weight week of the fixtures: 60 weeks after genesis. */
  public static final long WEEK = 60;

  private static final List<TeamId> ALICE_TEAMS =
      List.of(TeamId.of(3), TeamId.of(7), TeamId.of(12), TeamId.of(21));

  private StateFixtures() {}

  private static Address address(org.witan.core.crypto.SigningKey key) {
    return Address.of(key.publicKey());
  }

  /**
   * Alice: 1,234.5 WIT spendable, nonce 101, 1,000 WIT staked, two unbonding entries, votes for
   * four teams with the weight of week 60, 0.75 WIT of rewards to claim.
   */
  public static AccountState account() {
    List<RewardSnapshot> snapshots =
        ALICE_TEAMS.stream()
            .map(t -> new RewardSnapshot(t, U128.of(t.value(), 0x1234_5678_9abc_def0L)))
            .toList();
    return new AccountState(
        Amount.ofUnits(123_450_000_000L),
        101,
        Amount.ofWit(1_000),
        List.of(
            new Unbonding(Amount.ofWit(250), Fixtures.NOW + 1_814_400),
            new Unbonding(Amount.ofWit(50), Fixtures.NOW + 1_900_000)),
        new Delegation.Teams(ALICE_TEAMS),
        VoteWeight.weight(Amount.ofWit(1_000), WEEK),
        snapshots,
        Amount.ofUnits(75_000_000));
  }

  /** Bob follows Dave's proxy with 400 WIT staked. */
  public static AccountState follower() {
    return new AccountState(
        Amount.ofWit(12),
        3,
        Amount.ofWit(400),
        List.of(),
        new Delegation.Proxy(address(Fixtures.dave())),
        VoteWeight.weight(Amount.ofWit(400), WEEK),
        List.of(new RewardSnapshot(RewardSnapshot.PROXY, U128.of(0, 987_654_321_000L))),
        Amount.ZERO);
  }

  /** Team 7, aurora, as registered by {@link ActionFixtures#registerTeam()}, a year later. */
  public static TeamState team() {
    RegisterTeam reg = ActionFixtures.registerTeam();
    TeamKeys keys = new TeamKeys(reg.signerKey(), reg.standbyKey(), reg.attesterKey());
    return new TeamState(
        Fixtures.AURORA,
        reg.name(),
        reg.owners(),
        address(Fixtures.alice()),
        keys,
        reg.partners(),
        1_000,
        12,
        Amount.ofWit(50_000),
        TeamStatus.ACTIVE,
        0,
        U128.of(0x4f, 0x0123_4567_89ab_cdefL),
        U128.of(0x2_0000_0000L, 0x7777_0000_0000_0001L),
        Amount.ofUnits(5_432_100_000L),
        new TeamStats(8_400, 37, 4_200, 9),
        Optional.of(
            keys.with(
                org.witan.core.team.KeyRole.ATTESTER,
                Optional.of(Fixtures.rotatedKey().publicKey()))));
  }

  /** Dave's proxy: Bob's 400 WIT follow it. */
  public static ProxyState proxy() {
    return new ProxyState(
        Endpoint.of("https://dave.example/opinions/2026.html"),
        Keys.hashOf("Dave's opinions on the 2026 elections"),
        VoteWeight.weight(Amount.ofWit(400), WEEK),
        Amount.ofWit(400),
        U128.of(0, 987_654_321_000L),
        Amount.ofUnits(1_500_000));
  }

  /** Alice's super node, registered at height 100,000 with 10,000 WIT, in index slot 37. */
  public static SuperNodeState superNode() {
    return new SuperNodeState(
        Endpoint.of("https://node.alice.example:8443"),
        Fixtures.superNodeKey().publicKey(),
        Amount.ofWit(10_000),
        Height.of(100_000),
        Height.of(118_200),
        37);
  }

  /** Proposal 42 by Alice, in its voting period, with Bob's extra deposit. */
  public static ProposalState proposal() {
    SubmitProposal content = (SubmitProposal) ActionFixtures.action(ActionKind.SUBMIT_PROPOSAL);
    return new ProposalState(
        42,
        address(Fixtures.alice()),
        content,
        ProposalStatus.VOTING,
        Fixtures.NOW + 604_800,
        Fixtures.NOW + 2 * 604_800,
        Amount.ofWit(1_100),
        List.of(
            new ProposalDeposit(address(Fixtures.alice()), Amount.ofWit(100)),
            new ProposalDeposit(address(Fixtures.bob()), Amount.ofWit(1_000))),
        new StakeTally(
            Amount.ofWit(1_000_000), Amount.ofWit(250_000), Amount.ofWit(40_000), Amount.ZERO),
        new NodeTally(412, 88, 20));
  }

  /** Dave, a proxy, voted yes with his 600 WIT and Bob's 400 WIT was overridden. */
  public static ProposalVote proposalVote() {
    return new ProposalVote(Optional.of(StakeChoice.YES), Amount.ofWit(600), Amount.ofWit(400));
  }

  /** A super node abstains. */
  public static SuperNodeVote superNodeVote() {
    return new SuperNodeVote(SuperNodeChoice.ABSTAIN);
  }

  /** Chain-wide counters a year after genesis. */
  public static Globals globals() {
    return new Globals(
        TeamId.of(31),
        43,
        517,
        Amount.ofWit(420_000_000),
        Amount.ofWit(1_063_000_000),
        Amount.ofWit(63_100_000),
        Amount.ofWit(100_000),
        Amount.ofWit(1_200),
        9,
        List.of(41L, 42L),
        List.of(new ParameterChange(4, 2_000), new ParameterChange(20, 50_000_000)));
  }

  /** The main network's parameters. */
  public static Params params() {
    return Params.mainDefaults();
  }
}
