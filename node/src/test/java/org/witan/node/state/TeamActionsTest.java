package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.owner;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Param;
import org.witan.core.crypto.SigningKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamKeys;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.state.Unbonding;
import org.witan.core.team.KeyRole;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Keys;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.ReplacePartner;
import org.witan.core.tx.RotateKey;
import org.witan.core.tx.SetCommission;
import org.witan.core.tx.Unjail;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.UpdateTeam;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/** RegisterTeam, UpdateTeam, ReplacePartner, RotateKey, SetCommission, UnregisterTeam, Unjail. */
class TeamActionsTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);

  private RegisterTeam newTeam(String name, SigningKey signer, SigningKey attester, Amount bond) {
    return new RegisterTeam(
        new TeamName(name),
        Owners.solo(alice.publicKey()),
        signer.publicKey(),
        Optional.empty(),
        attester.publicKey(),
        TestGenesis.partners(7),
        500,
        bond);
  }

  private RegisterTeam newTeam(String name) {
    return newTeam(
        name, Keys.labelled(name + " signer"), Keys.labelled(name + " attester"), Amount.ofWit(50));
  }

  @Test
  void registrationAssignsTheNextIdLocksTheBondAndReservesNameAndKeys() {
    Amount before = chain.account(alice).balance();
    RegisterTeam reg = newTeam("zephyr");
    chain.block(chain.tx(alice, reg));
    TeamState team = chain.team(7);
    assertEquals(new TeamName("zephyr"), team.name());
    assertEquals(TeamStatus.ACTIVE, team.status());
    assertEquals(Amount.ofWit(50), team.selfBond());
    assertEquals(address(alice), team.bondAccount());
    assertEquals(
        before.minus(Amount.ofWit(50)).minus(TestChain.FEE), chain.account(alice).balance());
    assertEquals(TeamId.of(8), chain.globals().nextTeamId());
    // Both the name and each key now refuse a second registration.
    chain.assertRefused(StateRejection.NAME_TAKEN, chain.tx(alice, newTeam("zephyr")));
    chain.assertRefused(
        StateRejection.KEY_TAKEN,
        chain.tx(
            alice,
            newTeam(
                "other",
                Keys.labelled("zephyr signer"),
                Keys.labelled("fresh attester"),
                Amount.ofWit(50))));
  }

  @Test
  void aGenesisTeamsKeyCannotBeRegisteredAgain() {
    chain.assertRefused(
        StateRejection.KEY_TAKEN,
        chain.tx(
            alice,
            newTeam("copycat", TestGenesis.signer(1), Keys.labelled("x"), Amount.ofWit(50))));
  }

  @Test
  void aBondBelowTheMinimumOrAboveTheBalanceIsRefused() {
    long min = chain.params().get(Param.MIN_SELF_BOND);
    chain.assertRefused(
        StateRejection.BOND_TOO_LOW,
        chain.tx(
            alice,
            newTeam("small", Keys.labelled("s1"), Keys.labelled("s2"), Amount.ofUnits(min - 1))));
    chain.assertRefused(
        StateRejection.INSUFFICIENT_BALANCE,
        chain.tx(
            alice,
            newTeam("rich", Keys.labelled("r1"), Keys.labelled("r2"), Amount.ofWit(2_000_000))));
  }

  @Test
  void updateRenamesWithTheOwnersConsentAndKeepsOldNamesReserved() {
    SigningKey newOwner = user(3);
    UpdateTeam update =
        new UpdateTeam(TeamId.of(1), new TeamName("dawn"), Owners.solo(newOwner.publicKey()));
    chain.block(chain.tx(owner(1), update, newOwner));
    assertEquals(new TeamName("dawn"), chain.team(1).name());
    assertEquals(Owners.solo(newOwner.publicKey()), chain.team(1).owners());
    // The old owner no longer decides; the old name stays with team 1.
    chain.assertRefused(
        StateRejection.NOT_AUTHORISED, chain.tx(owner(1), new SetCommission(TeamId.of(1), 1_100)));
    chain.assertRefused(StateRejection.NAME_TAKEN, chain.tx(alice, newTeam("team-1")));
    chain.assertRefused(
        StateRejection.NAME_TAKEN,
        chain.tx(
            owner(2),
            new UpdateTeam(TeamId.of(2), new TeamName("dawn"), Owners.solo(owner(2).publicKey()))));
  }

  @Test
  void actionsOnATeamNeedItsOwnersAndAnExistingTeam() {
    chain.assertRefused(
        StateRejection.NOT_AUTHORISED, chain.tx(alice, new SetCommission(TeamId.of(1), 1_000)));
    chain.assertRefused(
        StateRejection.UNKNOWN_TEAM, chain.tx(alice, new SetCommission(TeamId.of(42), 1_000)));
    chain.assertRefused(StateRejection.NOT_AUTHORISED, chain.tx(alice, new Unjail(TeamId.of(2))));
    chain.assertRefused(
        StateRejection.NOT_AUTHORISED, chain.tx(alice, new UnregisterTeam(TeamId.of(2))));
  }

  @Test
  void replacePartnerReplacesOrAppendsAndKeepsTheRules() {
    Partner storage =
        new Partner(
            address(user(5)),
            Roles.of(Role.STORAGE),
            Optional.of(Endpoint.of("https://archive.example")),
            3_000);
    chain.block(chain.tx(owner(1), new ReplacePartner(TeamId.of(1), 1, storage)));
    assertEquals(storage, chain.team(1).partners().get(1));
    Partner noShare = new Partner(address(user(6)), Roles.of(Role.BACKUP), Optional.empty(), 0);
    chain.block(chain.tx(owner(1), new ReplacePartner(TeamId.of(1), 2, noShare)));
    assertEquals(3, chain.team(1).partners().size());
    chain.assertRefused(
        StateRejection.INVALID_PARTNERS,
        chain.tx(owner(1), new ReplacePartner(TeamId.of(1), 5, noShare)));
    Partner greedy = new Partner(address(user(7)), Roles.of(Role.BACKUP), Optional.empty(), 9_000);
    chain.assertRefused(
        StateRejection.INVALID_PARTNERS,
        chain.tx(owner(1), new ReplacePartner(TeamId.of(1), 2, greedy)));
    // Replacing the only seed partner by a backup leaves the team without a seed node.
    Partner backup = new Partner(address(user(7)), Roles.of(Role.BACKUP), Optional.empty(), 7_000);
    chain.assertRefused(
        StateRejection.INVALID_PARTNERS,
        chain.tx(owner(1), new ReplacePartner(TeamId.of(1), 0, backup)));
  }

  @Test
  void aRotatedKeyTakesEffectAtTheEpochEndAndStaysReserved() {
    SigningKey fresh = Keys.labelled("rotated attester 1");
    chain.block(
        chain.tx(
            owner(1),
            new RotateKey(TeamId.of(1), KeyRole.ATTESTER, Optional.of(fresh.publicKey()))));
    TeamState pending = chain.team(1);
    assertEquals(TestGenesis.attester(1).publicKey(), pending.keys().attesterKey());
    assertEquals(Optional.of(fresh.publicKey()), pending.pendingKeys().map(TeamKeys::attesterKey));
    chain.assertRefused(
        StateRejection.KEY_TAKEN,
        chain.tx(
            owner(2), new RotateKey(TeamId.of(2), KeyRole.SIGNER, Optional.of(fresh.publicKey()))));
    chain.advanceToEpochEnd();
    assertEquals(fresh.publicKey(), chain.team(1).keys().attesterKey());
    assertEquals(Optional.empty(), chain.team(1).pendingKeys());
    assertTrue(chain.last.nextSet().isPresent(), "the set changed its keys");
    assertEquals(fresh.publicKey(), chain.active.get(0).attesterKey());
    assertEquals(1, chain.active.generation());
    // The old key stays reserved.
    chain.assertRefused(
        StateRejection.KEY_TAKEN,
        chain.tx(
            owner(2),
            new RotateKey(
                TeamId.of(2), KeyRole.STANDBY, Optional.of(TestGenesis.attester(1).publicKey()))));
  }

  @Test
  void commissionChangesAreLimitedInSizeAndToOnePerEpoch() {
    TestChain c =
        TestChain.start(4, 6, 20, new ParameterChange(Param.MAX_COMMISSION_CHANGE_BPS.id(), 500));
    // Genesis teams registered in epoch 0 count as a change in epoch 0.
    c.assertRefused(
        StateRejection.COMMISSION_RATE_LIMITED,
        c.tx(owner(1), new SetCommission(TeamId.of(1), 1_100)));
    c.advanceTo(20);
    c.assertRefused(
        StateRejection.COMMISSION_RATE_LIMITED,
        c.tx(owner(1), new SetCommission(TeamId.of(1), 1_501)));
    c.block(c.tx(owner(1), new SetCommission(TeamId.of(1), 1_500)));
    assertEquals(1_500, c.team(1).commissionBps());
    c.assertRefused(
        StateRejection.COMMISSION_RATE_LIMITED,
        c.tx(owner(1), new SetCommission(TeamId.of(1), 1_400)));
    c.advanceTo(40);
    c.block(c.tx(owner(1), new SetCommission(TeamId.of(1), 1_000)));
    assertEquals(1_000, c.team(1).commissionBps());
  }

  @Test
  void unregisteringUnbondsTheBondAndEndsVotes() {
    long release = chain.nextTime() + chain.params().get(Param.UNBONDING_SECONDS);
    chain.block(chain.tx(owner(5), new UnregisterTeam(TeamId.of(5))));
    TeamState team = chain.team(5);
    assertEquals(TeamStatus.UNREGISTERED, team.status());
    assertEquals(Amount.ZERO, team.selfBond());
    assertEquals(
        List.of(new Unbonding(TestGenesis.BOND, release)), chain.account(owner(5)).unbonding());
    chain.assertRefused(
        StateRejection.TEAM_NOT_ACTIVE, chain.tx(owner(5), new UnregisterTeam(TeamId.of(5))));
    chain.assertRefused(
        StateRejection.TEAM_NOT_ACTIVE,
        chain.tx(
            owner(5),
            new RotateKey(
                TeamId.of(5), KeyRole.STANDBY, Optional.of(Keys.labelled("s").publicKey()))));
  }

  @Test
  void unjailNeedsAJailedTeam() {
    chain.assertRefused(StateRejection.NOT_JAILED, chain.tx(owner(1), new Unjail(TeamId.of(1))));
  }
}
