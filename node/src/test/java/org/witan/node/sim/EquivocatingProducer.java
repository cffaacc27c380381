package org.witan.node.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.node.consensus.BlockEntry;

/**
 * A faulty producer: in each of its slots it sends its block to one half of the network and a twin
 * block for the same slot to the other half, and votes for the twin as well as for its block (two
 * votes in one slot). Honest nodes relay both, so everyone can prove the double proposal and the
 * conflicting votes.
 */
final class EquivocatingProducer implements SimNode.BlockInterceptor {
  private final Cluster cluster;
  private int twins;

  EquivocatingProducer(Cluster cluster) {
    this.cluster = cluster;
  }

  @Override
  public boolean intercept(SimNode node, Block block) {
    Optional<BlockEntry> parent = node.core().tree().get(block.header().body().parent());
    if (parent.isEmpty()) {
      return false;
    }
    Optional<Block> twin = Twins.of(block, parent.get(), node.keys().blockKey(), cluster.chainId());
    if (twin.isEmpty()) {
      return false;
    }
    twins++;
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    for (int to : cluster.allBut(node.index())) {
      (to % 2 == 0 ? first : second).add(to);
    }
    node.sendBlockTo(block, first);
    node.sendBlockTo(twin.get(), second);
    Vote forTwin =
        Vote.sign(
            VoteTarget.of(twin.get().header(), cluster.chainId()),
            true,
            node.keys().attesterKey(),
            cluster.chainId());
    node.sendVoteTo(forTwin, List.of(), second);
    return true;
  }

  int twins() {
    return twins;
  }
}
