package org.witan.core.tx;

import org.witan.core.codec.Codec;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * One action of a transaction. Encoded as the kind's tag byte ({@link ActionKind#tag()}) followed
 * by the action's fields in the order of its record components.
 *
 * <p>The record constructors enforce what the encoding must hold (bounds, canonical order of
 * lists); {@link #check} adds the stateless rules that give a transaction a {@link Rejection}.
 */
public sealed interface Action
    permits Transfer,
        Stake,
        Unstake,
        Withdraw,
        VoteForTeams,
        SetProxy,
        RegisterProxy,
        ClearVote,
        RegisterTeam,
        UpdateTeam,
        ReplacePartner,
        RotateKey,
        SetCommission,
        UnregisterTeam,
        Unjail,
        RegisterSuperNode,
        SuperNodeHeartbeat,
        DeregisterSuperNode,
        SubmitProposal,
        Deposit,
        StakeChamberVote,
        SuperNodeChamberVote,
        SubmitEvidence,
        ClaimRewards {

  /** The canonical encoding of any action: tag byte, then fields. */
  Codec<Action> CODEC =
      Codec.of(
          Transaction.MAX_SIZE,
          (w, a) -> {
            w.u8(a.kind().tag());
            a.writeFields(w);
          },
          r -> ActionKind.ofTag(r.tag(ActionKind.count(), "action")).read(r));

  ActionKind kind();

  /** Writes the fields after the tag byte. */
  void writeFields(Writer writer);

  /**
   * The stateless rules for this action within {@code body} on {@code chainId}; accepted unless a
   * rule specific to the action fails.
   */
  default Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TxCheck.ok();
  }
}
