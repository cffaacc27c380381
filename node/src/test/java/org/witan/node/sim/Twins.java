package org.witan.node.sim;

import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.crypto.SigningKey;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.value.ChainId;
import org.witan.node.consensus.BlockEntry;

/** Equivocation for tests: a second valid block for the same slot as a producer's block. */
final class Twins {
  private Twins() {}

  /**
   * A twin of {@code block}: the same parent, transactions and state, but claiming only its
   * parent's claim (so it carries no certificates), signed by the same producer. Empty when the
   * block already claims no more than its parent (the twin would be the block itself).
   */
  static Optional<Block> of(Block block, BlockEntry parent, SigningKey signer, ChainId chain) {
    HeaderBody a = block.header().body();
    QcClaim parentClaim = parent.header().qcClaim();
    if (a.qcClaim().equals(parentClaim)) {
      return Optional.empty();
    }
    HeaderBody b =
        new HeaderBody(
            a.version(),
            a.height(),
            a.slot(),
            a.parent(),
            a.producer(),
            a.txRoot(),
            a.txCount(),
            a.stateRoot(),
            a.historyRoot(),
            a.setGeneration(),
            a.setHash(),
            a.nextSetHash(),
            parentClaim);
    return Optional.of(
        new Block(
            BlockHeader.sign(b, chain, signer), block.transactions(), List.of(), block.nextSet()));
  }
}
