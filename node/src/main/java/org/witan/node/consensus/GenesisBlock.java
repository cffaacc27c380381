package org.witan.node.consensus;

import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.Signature;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.merkle.HistoryFrontier;
import org.witan.core.merkle.MerkleHash;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.state.GenesisOutcome;

/**
 * The genesis block every node builds for itself from the genesis document (docs/protocol.md 8.1):
 * height 0, slot 0, parent and history root of nothing, producer team 0, no transactions, the
 * genesis state root, producer set 0, a claim of itself, and a signature of 64 zero bytes that
 * nobody checks. Genesis is final by definition.
 */
public final class GenesisBlock {
  private GenesisBlock() {}

  public static Block of(ChainConfig config, GenesisOutcome outcome) {
    ProducerSet set = outcome.initialSet();
    if (set.generation() != 0) {
      throw new IllegalArgumentException("the genesis set is generation 0");
    }
    Hash32 setHash = set.hash(config.chainId());
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            Height.GENESIS,
            Slot.ZERO,
            Hash32.ZERO,
            TeamId.of(0),
            MerkleHash.EMPTY_LIST_ROOT,
            0,
            outcome.stateRoot(),
            MerkleHash.EMPTY_LIST_ROOT,
            0,
            setHash,
            setHash,
            QcClaim.GENESIS);
    return new Block(
        new BlockHeader(body, Signature.of(new byte[Signature.SIZE])),
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** The tree entry of the genesis block. */
  public static BlockEntry entry(ChainConfig config, GenesisOutcome outcome) {
    Block block = of(config, outcome);
    BlockRef ref = BlockRef.of(block.header(), config.chainId());
    return new BlockEntry(
        block,
        ref,
        0,
        outcome.initialSet(),
        Optional.empty(),
        ref,
        true,
        0,
        HistoryFrontier.empty().append(ref.id()),
        Height.GENESIS,
        0,
        false,
        Optional.empty());
  }
}
