package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.governance.StakeChoice;

/**
 * A stake-weighted vote on a proposal. A proxy's vote counts for its followers unless a follower
 * votes itself. Fields: {@code u63 proposalId, u8 choice}.
 */
public record StakeChamberVote(long proposalId, StakeChoice choice) implements Action {
  public StakeChamberVote {
    if (proposalId < 0) {
      throw new IllegalArgumentException("a proposal id is not negative");
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.STAKE_CHAMBER_VOTE;
  }

  @Override
  public void writeFields(Writer w) {
    w.u64(proposalId);
    w.u8(choice.tag());
  }

  static StakeChamberVote read(Reader r) throws DecodingException {
    long id = r.u63();
    StakeChoice choice = r.tagged(StakeChoice.values(), "stake choice");
    return new StakeChamberVote(id, choice);
  }
}
