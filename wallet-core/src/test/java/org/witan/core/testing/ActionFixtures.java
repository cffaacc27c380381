package org.witan.core.testing;

import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.team.KeyRole;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.tx.Action;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.ClaimRewards;
import org.witan.core.tx.ClearVote;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.DeregisterSuperNode;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.ReplacePartner;
import org.witan.core.tx.RotateKey;
import org.witan.core.tx.SetCommission;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.Stake;
import org.witan.core.tx.StakeChamberVote;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.tx.SuperNodeChamberVote;
import org.witan.core.tx.SuperNodeHeartbeat;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.tx.Unjail;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.Unstake;
import org.witan.core.tx.UpdateTeam;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.tx.Withdraw;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;

/**
 * One fixed action of every kind, and the transaction that carries it: sent by Alice with nonce
 * {@code 100 + tag}, fee 0.001 WIT and expiry {@link Fixtures#EXPIRY}, signed on {@link
 * Fixtures#CHAIN}. Team registrations and updates are co-signed by enough owners, so every one of
 * these transactions passes {@link org.witan.core.tx.TransactionRules#checkStateless}.
 */
public final class ActionFixtures {
  private ActionFixtures() {}

  /** The fixed action of {@code kind}. */
  public static Action action(ActionKind kind) {
    return switch (kind) {
      case TRANSFER ->
          new Transfer(
              Address.of(Fixtures.dave().publicKey()),
              Amount.ofUnits(1_250_000_000L),
              Fixtures.memo());
      case STAKE -> new Stake(Amount.ofWit(1_000));
      case UNSTAKE -> new Unstake(Amount.ofWit(250));
      case WITHDRAW -> new Withdraw();
      case VOTE_FOR_TEAMS ->
          new VoteForTeams(List.of(TeamId.of(3), TeamId.of(7), TeamId.of(12), TeamId.of(21)));
      case SET_PROXY -> new SetProxy(Address.of(Fixtures.dave().publicKey()));
      case REGISTER_PROXY ->
          new RegisterProxy(
              Endpoint.of("https://alice.example/opinions/2026.html"),
              Keys.hashOf("Alice's opinions on the 2026 elections"));
      case CLEAR_VOTE -> new ClearVote();
      case REGISTER_TEAM -> registerTeam();
      case UPDATE_TEAM ->
          new UpdateTeam(Fixtures.AURORA, new TeamName("aurora-prime"), newOwners());
      case REPLACE_PARTNER ->
          new ReplacePartner(
              Fixtures.AURORA,
              2,
              new Partner(
                  Address.of(Fixtures.dave().publicKey()),
                  Roles.of(Role.STORAGE, Role.BACKUP),
                  Optional.of(Endpoint.of("https://archive.dave.example/witan")),
                  2_000));
      case ROTATE_KEY ->
          new RotateKey(
              Fixtures.AURORA, KeyRole.ATTESTER, Optional.of(Fixtures.rotatedKey().publicKey()));
      case SET_COMMISSION -> new SetCommission(Fixtures.AURORA, 800);
      case UNREGISTER_TEAM -> new UnregisterTeam(TeamId.of(3));
      case UNJAIL -> new Unjail(TeamId.of(12));
      case REGISTER_SUPER_NODE ->
          new RegisterSuperNode(
              Endpoint.of("https://node.alice.example:8443"), Fixtures.superNodeKey().publicKey());
      case SUPER_NODE_HEARTBEAT ->
          new SuperNodeHeartbeat(Height.of(118_200), Keys.hashOf("witan-test block 118200"));
      case DEREGISTER_SUPER_NODE -> new DeregisterSuperNode();
      case SUBMIT_PROPOSAL ->
          new SubmitProposal(
              "Raise the maximum block size to 2 MiB",
              Optional.of(Endpoint.of("https://forum.witan.example/p/42")),
              Keys.hashOf("proposal 42: raise the maximum block size to 2 MiB"),
              List.of(new ParameterChange(3, 2_097_152)),
              Amount.ofWit(100));
      case DEPOSIT -> new Deposit(42, Amount.ofWit(25));
      case STAKE_CHAMBER_VOTE -> new StakeChamberVote(42, StakeChoice.YES);
      case SUPER_NODE_CHAMBER_VOTE -> new SuperNodeChamberVote(42, SuperNodeChoice.ABSTAIN);
      case SUBMIT_EVIDENCE -> new SubmitEvidence(Fixtures.conflictingVotes());
      case CLAIM_REWARDS -> new ClaimRewards();
    };
  }

  /**
   * Team "aurora": owners Alice, Bob and Carol (two of three), the keys of team 7 in {@link
   * Fixtures#currentSet()}, three partners, 10 % commission, a 50,000 WIT self bond.
   */
  public static RegisterTeam registerTeam() {
    return new RegisterTeam(
        new TeamName("aurora"),
        Fixtures.owners(),
        Fixtures.signerKey(Fixtures.AURORA).publicKey(),
        Optional.of(Fixtures.standbyKey().publicKey()),
        Fixtures.attesterKey(Fixtures.AURORA).publicKey(),
        Fixtures.partners(),
        1_000,
        Amount.ofWit(50_000));
  }

  /** Alice, Bob and Dave, any two of them. */
  public static Owners newOwners() {
    List<PublicKey> keys =
        List.of(
                Fixtures.alice().publicKey(),
                Fixtures.bob().publicKey(),
                Fixtures.dave().publicKey())
            .stream()
            .sorted()
            .toList();
    return new Owners(keys, 2);
  }

  /**
   * The co-signers of the transaction carrying {@code kind}: owners where the action needs them.
   */
  public static List<SigningKey> cosigners(ActionKind kind) {
    return switch (kind) {
      case REGISTER_TEAM -> List.of(Fixtures.bob());
      case UPDATE_TEAM -> List.of(Fixtures.bob(), Fixtures.dave());
      default -> List.of();
    };
  }

  /** The body of the transaction carrying the action of {@code kind}. */
  public static TxBody body(ActionKind kind) {
    return body(kind, cosigners(kind));
  }

  private static TxBody body(ActionKind kind, List<SigningKey> cosigners) {
    return new TxBody(
        Fixtures.alice().publicKey(),
        100 + kind.tag(),
        Fixtures.FEE,
        Fixtures.EXPIRY,
        cosigners.stream().map(SigningKey::publicKey).sorted().toList(),
        action(kind));
  }

  /** Alice's signed transaction carrying the action of {@code kind}. */
  public static Transaction transaction(ActionKind kind) {
    return sign(body(kind), cosigners(kind));
  }

  /**
   * Team 7's owners Alice, Bob and Carol all sign a commission change: the example of a transaction
   * with co-signers.
   */
  public static Transaction cosignedTransaction() {
    List<SigningKey> cosigners = List.of(Fixtures.bob(), Fixtures.carol());
    return sign(body(ActionKind.SET_COMMISSION, cosigners), cosigners);
  }

  /**
   * Alice's transaction carrying any {@code action} (nonce 1, the fixed fee and expiry), co-signed
   * by {@code cosigners} in any order: for rule tests.
   */
  public static Transaction signedByAlice(Action action, SigningKey... cosigners) {
    List<SigningKey> keys = List.of(cosigners);
    TxBody body =
        new TxBody(
            Fixtures.alice().publicKey(),
            1,
            Fixtures.FEE,
            Fixtures.EXPIRY,
            keys.stream().map(SigningKey::publicKey).sorted().toList(),
            action);
    return sign(body, keys);
  }

  private static Transaction sign(TxBody body, List<SigningKey> cosigners) {
    return Transaction.sign(
        body, Fixtures.CHAIN, Fixtures.alice(), cosigners.toArray(new SigningKey[0]));
  }
}
