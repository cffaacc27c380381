package org.witan.node.consensus;

import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;

/** What the network hands to consensus; every call returns at once (the work is queued). */
public interface ConsensusInput {
  void onBlock(Peer from, Block block);

  void onVote(Vote vote);

  void onBlockRequest(Peer from, Hash32 id, long have);
}
