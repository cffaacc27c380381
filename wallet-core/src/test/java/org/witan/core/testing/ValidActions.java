package org.witan.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.finality.Evidence;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.team.KeyRole;
import org.witan.core.team.Owners;
import org.witan.core.tx.Action;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Deposit;
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
import org.witan.core.tx.Transfer;
import org.witan.core.tx.Unstake;
import org.witan.core.tx.UpdateTeam;
import org.witan.core.value.ChainId;

/**
 * Actions that keep their stateless rules within a transaction signed by {@code signers} (the
 * sender first) on a given chain: what a correct wallet produces.
 */
public final class ValidActions {
  private static final int MAX_COMMISSION_BPS = 10_000;

  private ValidActions() {}

  /** Valid actions of {@code kind} for a transaction whose signers are {@code signers}. */
  public static Arbitrary<Action> of(ActionKind kind, List<PublicKey> signers, ChainId chainId) {
    return switch (kind) {
      case TRANSFER ->
          widen(
              Combinators.combine(
                      CoreArbitraries.addresses(),
                      CoreArbitraries.positiveAmounts(),
                      ActionArbitraries.memos())
                  .as(Transfer::new));
      case STAKE -> widen(CoreArbitraries.positiveAmounts().map(Stake::new));
      case UNSTAKE -> widen(CoreArbitraries.positiveAmounts().map(Unstake::new));
      case SET_PROXY ->
          widen(
              CoreArbitraries.addresses()
                  .filter(a -> !a.equals(Address.of(signers.get(0))))
                  .map(SetProxy::new));
      case REGISTER_TEAM -> widen(registerTeams(signers));
      case UPDATE_TEAM ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(), TeamArbitraries.teamNames(), ownersSigned(signers))
                  .as(UpdateTeam::new));
      case REPLACE_PARTNER ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(),
                      Arbitraries.integers().between(0, RegisterTeam.MAX_PARTNERS - 1),
                      TeamArbitraries.validPartners())
                  .as(ReplacePartner::new));
      case ROTATE_KEY ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(),
                      Arbitraries.of(KeyRole.class),
                      CoreArbitraries.validPublicKeys().optional(0.8))
                  .as(
                      (team, role, key) ->
                          new RotateKey(team, key.isEmpty() ? KeyRole.STANDBY : role, key)));
      case SET_COMMISSION ->
          widen(
              Combinators.combine(
                      TeamArbitraries.teamIds(),
                      Arbitraries.integers().between(0, MAX_COMMISSION_BPS))
                  .as(SetCommission::new));
      case REGISTER_SUPER_NODE ->
          widen(
              Combinators.combine(CoreArbitraries.endpoints(), CoreArbitraries.validPublicKeys())
                  .as(RegisterSuperNode::new));
      case SUBMIT_PROPOSAL ->
          widen(
              Combinators.combine(
                      ActionArbitraries.validTitles(),
                      CoreArbitraries.endpoints().optional(0.5),
                      CoreArbitraries.hashes(),
                      TeamArbitraries.sortedParameterChanges(SubmitProposal.MAX_CHANGES),
                      CoreArbitraries.positiveAmounts())
                  .as(SubmitProposal::new));
      case DEPOSIT ->
          widen(
              Combinators.combine(CoreArbitraries.u63(), CoreArbitraries.positiveAmounts())
                  .as(Deposit::new));
      case STAKE_CHAMBER_VOTE ->
          widen(
              Combinators.combine(CoreArbitraries.u63(), Arbitraries.of(StakeChoice.class))
                  .as(StakeChamberVote::new));
      case SUPER_NODE_CHAMBER_VOTE ->
          widen(
              Combinators.combine(CoreArbitraries.u63(), Arbitraries.of(SuperNodeChoice.class))
                  .as(SuperNodeChamberVote::new));
      case SUBMIT_EVIDENCE ->
          widen(
              Arbitraries.oneOf(
                      List.of(
                          widenEvidence(FinalityArbitraries.conflictingVotes(chainId)),
                          widenEvidence(FinalityArbitraries.doubleProposals())))
                  .map(SubmitEvidence::new));
      // The remaining kinds have no stateless rules beyond their constructors.
      default -> ActionArbitraries.ofKind(kind);
    };
  }

  private static Arbitrary<Action> widen(Arbitrary<? extends Action> arbitrary) {
    return arbitrary.map(Action.class::cast);
  }

  private static Arbitrary<Evidence> widenEvidence(Arbitrary<? extends Evidence> arbitrary) {
    return arbitrary.map(Evidence.class::cast);
  }

  /** Registrations whose owners' threshold is met by {@code signers} and whose keys are valid. */
  static Arbitrary<RegisterTeam> registerTeams(List<PublicKey> signers) {
    return Combinators.combine(
            TeamArbitraries.teamNames(),
            ownersSigned(signers),
            CoreArbitraries.validPublicKeys().list().ofSize(3).uniqueElements(),
            Arbitraries.of(true, false),
            TeamArbitraries.validPartnerLists(),
            Arbitraries.integers().between(0, MAX_COMMISSION_BPS),
            CoreArbitraries.positiveAmounts())
        .as(
            (name, owners, keys, standby, partners, commission, bond) ->
                new RegisterTeam(
                    name,
                    owners,
                    keys.get(0),
                    standby ? Optional.of(keys.get(2)) : Optional.empty(),
                    keys.get(1),
                    partners,
                    commission,
                    bond));
  }

  /**
   * Owners that are some of {@code signers} (at least one) plus up to three other keys, with a
   * threshold the signers among them meet.
   */
  static Arbitrary<Owners> ownersSigned(List<PublicKey> signers) {
    return Combinators.combine(
            Arbitraries.subsetOf(signers).ofMinSize(1),
            CoreArbitraries.publicKeys().list().ofMaxSize(3))
        .flatAs(
            (signing, others) -> {
              TreeSet<PublicKey> all = new TreeSet<>(signing);
              all.addAll(others);
              List<PublicKey> keys = List.copyOf(all);
              return Arbitraries.integers()
                  .between(1, signing.size())
                  .map(threshold -> new Owners(keys, threshold));
            });
  }
}
