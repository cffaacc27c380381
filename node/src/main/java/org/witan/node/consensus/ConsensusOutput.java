package org.witan.node.consensus;

import java.util.List;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;

/**
 * What consensus asks of the network and of the rest of the node. Called on the consensus thread;
 * implementations hand the work off and return at once (no blocking I/O here).
 */
public interface ConsensusOutput {
  /**
   * Gossips a block: one this node produced, one it accepted and relays, or now and then the tip of
   * its best branch.
   */
  void broadcastBlock(Block block);

  /**
   * Forwards a fresh block another node sent, once it is accepted. The network may send it to a few
   * peers only: its producer sent it to every peer it knows.
   */
  default void relayBlock(Block block) {
    broadcastBlock(block);
  }

  /**
   * Sends a vote to the producers of the next slots first (they put it in their next block), then
   * gossips it to every peer.
   */
  void sendVote(Vote vote, List<TeamId> nextProducers);

  /**
   * Asks {@code peer} for the block {@code id} and its ancestors above height {@code have} (the
   * requester's last final block), lowest first.
   */
  void requestBlocks(Peer peer, Hash32 id, Height have);

  /** Answers a request of {@code peer}: blocks in height order, each the parent of the next. */
  void sendBlocks(Peer peer, List<Block> blocks);

  /** The tip of the best branch changed (for status and the peer API; not for decisions). */
  default void headChanged(BlockEntry head) {}

  /**
   * {@code from} sent a block that breaks the rules on its parent's chain: a block an honest node
   * never relays, so the network adaptor may ban the peer.
   */
  default void invalidBlock(Peer from, Hash32 id, String reason) {}

  /** Blocks that became final, in height order, with the proof of the newest. */
  void finalized(Finalized finalized);

  /**
   * Two conflicting blocks appear final to this node: a safety failure that no run with at most f
   * faulty producers shows. Consensus stops finalizing anything after it.
   */
  void safetyFailure(String detail);
}
