package org.witan.core.tx;

import org.witan.core.codec.Decoder;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;

/** Every action of the protocol, with its tag byte. Tags are permanent: never renumber. */
public enum ActionKind {
  TRANSFER(0, Transfer::read),
  STAKE(1, Stake::read),
  UNSTAKE(2, Unstake::read),
  WITHDRAW(3, r -> new Withdraw()),
  VOTE_FOR_TEAMS(4, VoteForTeams::read),
  SET_PROXY(5, SetProxy::read),
  REGISTER_PROXY(6, RegisterProxy::read),
  CLEAR_VOTE(7, r -> new ClearVote()),
  REGISTER_TEAM(8, RegisterTeam::read),
  UPDATE_TEAM(9, UpdateTeam::read),
  REPLACE_PARTNER(10, ReplacePartner::read),
  ROTATE_KEY(11, RotateKey::read),
  SET_COMMISSION(12, SetCommission::read),
  UNREGISTER_TEAM(13, UnregisterTeam::read),
  UNJAIL(14, Unjail::read),
  REGISTER_SUPER_NODE(15, RegisterSuperNode::read),
  SUPER_NODE_HEARTBEAT(16, SuperNodeHeartbeat::read),
  DEREGISTER_SUPER_NODE(17, r -> new DeregisterSuperNode()),
  SUBMIT_PROPOSAL(18, SubmitProposal::read),
  DEPOSIT(19, Deposit::read),
  STAKE_CHAMBER_VOTE(20, StakeChamberVote::read),
  SUPER_NODE_CHAMBER_VOTE(21, SuperNodeChamberVote::read),
  SUBMIT_EVIDENCE(22, SubmitEvidence::read),
  CLAIM_REWARDS(23, r -> new ClaimRewards());

  private static final ActionKind[] BY_TAG = values();

  static {
    for (int i = 0; i < BY_TAG.length; i++) {
      if (BY_TAG[i].tag != i) {
        throw new ExceptionInInitializerError("action tags must be 0.." + (BY_TAG.length - 1));
      }
    }
  }

  private final int tag;

  // Stateless method references: nothing in them can change.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Decoder<? extends Action> decoder;

  ActionKind(int tag, Decoder<? extends Action> decoder) {
    this.tag = tag;
    this.decoder = decoder;
  }

  public int tag() {
    return tag;
  }

  static int count() {
    return BY_TAG.length;
  }

  static ActionKind ofTag(int tag) {
    return BY_TAG[tag];
  }

  Action read(Reader reader) throws DecodingException {
    return decoder.read(reader);
  }
}
