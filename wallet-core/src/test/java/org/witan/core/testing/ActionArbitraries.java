package org.witan.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.team.KeyRole;
import org.witan.core.tx.Action;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.ClaimRewards;
import org.witan.core.tx.ClearVote;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.DeregisterSuperNode;
import org.witan.core.tx.Memo;
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
import org.witan.core.tx.Transfer;
import org.witan.core.tx.Unjail;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.Unstake;
import org.witan.core.tx.UpdateTeam;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.tx.Withdraw;

/**
 * Arbitraries for the 24 actions. They respect every constructor invariant (bounds, sorted sets)
 * but not necessarily the stateless rules: amounts may be zero and keys need not be valid points,
 * as the encoding allows.
 */
public final class ActionArbitraries {
  private ActionArbitraries() {}

  /** Any action of any kind. */
  public static Arbitrary<Action> actions() {
    return Arbitraries.of(ActionKind.values()).flatMap(ActionArbitraries::ofKind);
  }

  /** Any action of {@code kind}. */
  public static Arbitrary<Action> ofKind(ActionKind kind) {
    return switch (kind) {
      case TRANSFER -> widen(transfers());
      case STAKE -> widen(CoreArbitraries.amounts().map(Stake::new));
      case UNSTAKE -> widen(CoreArbitraries.amounts().map(Unstake::new));
      case WITHDRAW -> Arbitraries.just(new Withdraw());
      case VOTE_FOR_TEAMS -> widen(votesForTeams());
      case SET_PROXY -> widen(CoreArbitraries.addresses().map(SetProxy::new));
      case REGISTER_PROXY ->
          widen(
              Combinators.combine(CoreArbitraries.endpoints(), CoreArbitraries.hashes())
                  .as(RegisterProxy::new));
      case CLEAR_VOTE -> Arbitraries.just(new ClearVote());
      case REGISTER_TEAM -> widen(registerTeams());
      case UPDATE_TEAM ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(),
                      TeamArbitraries.teamNames(),
                      TeamArbitraries.owners())
                  .as(UpdateTeam::new));
      case REPLACE_PARTNER ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(),
                      Arbitraries.integers().between(0, RegisterTeam.MAX_PARTNERS - 1),
                      TeamArbitraries.partners())
                  .as(ReplacePartner::new));
      case ROTATE_KEY -> widen(rotateKeys());
      case SET_COMMISSION ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(), Arbitraries.integers().between(0, 0xFFFF))
                  .as(SetCommission::new));
      case UNREGISTER_TEAM -> widen(TeamArbitraries.teamIds().map(UnregisterTeam::new));
      case UNJAIL -> widen(TeamArbitraries.teamIds().map(Unjail::new));
      case REGISTER_SUPER_NODE ->
          widen(
              Combinators.combine(CoreArbitraries.endpoints(), CoreArbitraries.publicKeys())
                  .as(RegisterSuperNode::new));
      case SUPER_NODE_HEARTBEAT ->
          widen(
              Combinators.combine(CoreArbitraries.heights(), CoreArbitraries.hashes())
                  .as(SuperNodeHeartbeat::new));
      case DEREGISTER_SUPER_NODE -> Arbitraries.just(new DeregisterSuperNode());
      case SUBMIT_PROPOSAL -> widen(proposals());
      case DEPOSIT ->
          widen(
              Combinators.combine(CoreArbitraries.u63(), CoreArbitraries.amounts())
                  .as(Deposit::new));
      case STAKE_CHAMBER_VOTE ->
          widen(
              Combinators.combine(CoreArbitraries.u63(), Arbitraries.of(StakeChoice.class))
                  .as(StakeChamberVote::new));
      case SUPER_NODE_CHAMBER_VOTE ->
          widen(
              Combinators.combine(CoreArbitraries.u63(), Arbitraries.of(SuperNodeChoice.class))
                  .as(SuperNodeChamberVote::new));
      case SUBMIT_EVIDENCE -> widen(FinalityArbitraries.evidence().map(SubmitEvidence::new));
      case CLAIM_REWARDS -> Arbitraries.just(new ClaimRewards());
    };
  }

  private static Arbitrary<Action> widen(Arbitrary<? extends Action> arbitrary) {
    return arbitrary.map(Action.class::cast);
  }

  public static Arbitrary<Memo> memos() {
    return CoreArbitraries.bytesUpTo(Memo.MAX_SIZE).map(Memo::of);
  }

  public static Arbitrary<Transfer> transfers() {
    return Combinators.combine(CoreArbitraries.addresses(), CoreArbitraries.amounts(), memos())
        .as(Transfer::new);
  }

  public static Arbitrary<VoteForTeams> votesForTeams() {
    return TeamArbitraries.teamIds()
        .set()
        .ofMinSize(1)
        .ofMaxSize(VoteForTeams.MAX_TEAMS)
        .map(set -> new VoteForTeams(set.stream().sorted().toList()));
  }

  public static Arbitrary<RegisterTeam> registerTeams() {
    return Combinators.combine(
            TeamArbitraries.teamNames(),
            TeamArbitraries.owners(),
            CoreArbitraries.publicKeys(),
            CoreArbitraries.publicKeys().optional(0.5),
            CoreArbitraries.publicKeys(),
            TeamArbitraries.partnerLists(),
            Arbitraries.integers().between(0, 0xFFFF),
            CoreArbitraries.amounts())
        .as(RegisterTeam::new);
  }

  /** Rotations of any role; only the standby key is ever removed. */
  public static Arbitrary<RotateKey> rotateKeys() {
    return Combinators.combine(
            TeamArbitraries.teamIds(),
            Arbitraries.of(KeyRole.class),
            CoreArbitraries.publicKeys().optional(0.7))
        .as(
            (team, role, key) ->
                new RotateKey(
                    team,
                    key.isEmpty() ? KeyRole.STANDBY : role,
                    key.isEmpty() ? Optional.empty() : key));
  }

  public static Arbitrary<SubmitProposal> proposals() {
    return Combinators.combine(
            titles(),
            CoreArbitraries.endpoints().optional(0.5),
            CoreArbitraries.hashes(),
            TeamArbitraries.sortedParameterChanges(SubmitProposal.MAX_CHANGES),
            CoreArbitraries.amounts())
        .as(SubmitProposal::new);
  }

  /**
   * Titles of at most 128 bytes of UTF-8: any Unicode scalar values, control characters included
   * (the encoding allows them; the rules do not).
   */
  public static Arbitrary<String> titles() {
    Arbitrary<String> ascii =
        Arbitraries.strings().ascii().ofMaxLength(SubmitProposal.MAX_TITLE_BYTES);
    Arbitrary<String> unicode =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .list()
            .ofMaxSize(40)
            .map(
                cps ->
                    new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    return Arbitraries.oneOf(List.of(ascii, unicode))
        .filter(t -> t.getBytes(StandardCharsets.UTF_8).length <= SubmitProposal.MAX_TITLE_BYTES);
  }

  /** Titles the rules accept: printable text, not blank, no control characters. */
  public static Arbitrary<String> validTitles() {
    Arbitrary<String> ascii =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .ofMinLength(1)
            .ofMaxLength(SubmitProposal.MAX_TITLE_BYTES);
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u00c0', '\u024f')
            .withCharRange('\u4e00', '\u4fff')
            .ofMinLength(1)
            .ofMaxLength(40);
    return Arbitraries.oneOf(List.of(ascii, text))
        .filter(t -> !t.isBlank())
        .filter(t -> t.getBytes(StandardCharsets.UTF_8).length <= SubmitProposal.MAX_TITLE_BYTES);
  }
}
