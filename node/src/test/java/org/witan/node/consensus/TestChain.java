package org.witan.node.consensus;

import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.block.BlockRules;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.Signature;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.ProducerSet;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.state.GenesisOutcome;

/**
 * Tree entries for tests of the parts that do not execute blocks: headers with made-up roots and no
 * signature, derived into entries exactly as {@link BlockValidator} derives them.
 */
public final class TestChain {
  public static final ChainConfig CONFIG =
      new ChainConfig(Fixtures.CHAIN, org.witan.core.address.Network.DEV, 0, 500, 2, 4, 10);

  public final SigningSet signing;
  public final BlockEntry genesis;

  public TestChain(int producers) {
    this.signing = SigningSet.ofSize(producers, 0);
    this.genesis =
        GenesisBlock.entry(CONFIG, new GenesisOutcome(Keys.hashOf("genesis-state"), signing.set()));
  }

  /** A child of {@code parent} at {@code slot} claiming {@code claimed} with the given strength. */
  public BlockEntry child(
      BlockEntry parent,
      long slot,
      BlockEntry claimed,
      boolean strong,
      Optional<ProducerSet> announces,
      String salt) {
    ChildSets sets = ChildSets.of(parent);
    Hash32 setHash = sets.set().hash(CONFIG.chainId());
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            parent.height().next(),
            Slot.of(slot),
            parent.id(),
            sets.set().scheduledAt(Slot.of(slot), CONFIG.blocksPerTurn()).team(),
            BlockRules.txRoot(List.of()),
            0,
            Keys.hashOf("state/" + salt),
            parent.history().root(),
            sets.generation(),
            setHash,
            announces.map(s -> s.hash(CONFIG.chainId())).orElse(setHash),
            new QcClaim(claimed.height(), claimed.slot(), claimed.id(), strong));
    Block block =
        new Block(
            new BlockHeader(body, Signature.of(new byte[Signature.SIZE])),
            List.of(),
            List.of(),
            announces);
    return BlockEntry.child(block, body.id(CONFIG.chainId()), parent, sets, claimed);
  }

  public BlockEntry child(BlockEntry parent, long slot, BlockEntry claimed, boolean strong) {
    return child(parent, slot, claimed, strong, Optional.empty(), "");
  }

  /** A child claiming its parent's claim again. */
  public BlockEntry child(BlockEntry parent, long slot, BlockTree tree) {
    BlockEntry claimed = tree.get(parent.claim().id()).orElseThrow();
    return child(parent, slot, claimed, parent.claimStrong());
  }

  static Height height(long h) {
    return Height.of(h);
  }
}
