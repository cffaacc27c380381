package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.governance.SuperNodeChoice;

/**
 * A super node's vote on a proposal: one seat, one vote. Fields: {@code u63 proposalId, u8 choice}.
 */
public record SuperNodeChamberVote(long proposalId, SuperNodeChoice choice) implements Action {
  public SuperNodeChamberVote {
    if (proposalId < 0) {
      throw new IllegalArgumentException("a proposal id is not negative");
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.SUPER_NODE_CHAMBER_VOTE;
  }

  @Override
  public void writeFields(Writer w) {
    w.u64(proposalId);
    w.u8(choice.tag());
  }

  static SuperNodeChamberVote read(Reader r) throws DecodingException {
    long id = r.u63();
    SuperNodeChoice choice = r.tagged(SuperNodeChoice.values(), "super-node choice");
    return new SuperNodeChamberVote(id, choice);
  }
}
