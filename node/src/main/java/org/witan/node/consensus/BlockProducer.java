package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.block.BlockRules;
import org.witan.core.chain.ChainConfig;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Slot;
import org.witan.node.state.BlockContext;
import org.witan.node.state.BlockOutcome;
import org.witan.node.state.BlockSession;
import org.witan.node.state.CheckedTransaction;
import org.witan.node.state.StateMachine;

/**
 * Builds a block in a producer's slot on the tip of the best branch: it claims the newest
 * certificate known on that branch (and carries its certificates when that claim is newer than the
 * parent's), executes the candidate transactions that apply on the parent's state, announces the
 * next producer set when the block ends an epoch with a changed election, and signs the header.
 */
public final class BlockProducer {
  private final ChainConfig config;
  private final StateMachine stateMachine;

  public BlockProducer(ChainConfig config, StateMachine stateMachine) {
    this.config = config;
    this.stateMachine = stateMachine;
  }

  /** What the new block claims: the claim and, when it is newer than the parent's, its proof. */
  public record ClaimChoice(QcClaim claim, List<QuorumCertificate> certificates) {
    public ClaimChoice {
      certificates = List.copyOf(certificates);
    }
  }

  /**
   * The claim of a child of {@code parent}: the newest block with a known certification on its
   * chain when that is newer than the parent's claim (with its certificates), otherwise the
   * parent's claim again (without), naming the claimed block by its id.
   */
  public static ClaimChoice claimFor(BlockEntry parent, BlockTree tree, CertificateBook book) {
    QcClaim parentClaim = parent.header().qcClaim();
    BlockEntry newest = ForkChoice.newestCertified(tree, book, parent);
    Optional<Certification> certification = book.get(newest.id());
    if (certification.isPresent()) {
      QcClaim claim =
          new QcClaim(newest.height(), newest.slot(), newest.id(), certification.get().strong());
      if (BlockValidator.compare(claim, parentClaim) > 0) {
        return new ClaimChoice(claim, certification.get().certificates());
      }
    }
    // The genesis header names no block in its claim; its children name genesis by its id.
    BlockRef same = parent.claim();
    return new ClaimChoice(
        new QcClaim(same.height(), same.slot(), same.id(), parent.claimStrong()), List.of());
  }

  /**
   * Builds the block of {@code slot} on {@code parent} for the team the schedule names for that
   * slot, signed with {@code keys} (the caller checked that they act for it).
   *
   * @param pool the transactions to try, in order; those that do not apply are left out, and the
   *     pool is told why
   */
  public Block build(
      BlockEntry parent,
      Slot slot,
      ClaimChoice claim,
      TransactionSource pool,
      ProducerKeys keys,
      BlockTree tree) {
    ChildSets sets = ChildSets.of(parent);
    ProducerSet set = sets.set();
    TeamId team = set.scheduledAt(slot, config.blocksPerTurn()).team();
    var height = parent.height().next();
    BlockSession session =
        stateMachine.begin(
            new BlockContext(
                parent.header().stateRoot(),
                height,
                slot,
                parent.slot(),
                team,
                set,
                h -> tree.ancestorAt(parent, h)));
    List<Transaction> included = new ArrayList<>();
    long bytes = 0;
    var checked = pool.checkedCandidates();
    Iterable<?> candidates = checked.isPresent() ? checked.get() : pool.candidates();
    for (Object candidate : candidates) {
      Transaction tx =
          candidate instanceof CheckedTransaction c ? c.transaction() : (Transaction) candidate;
      int size = tx.encode().length;
      if (bytes + size > Block.MAX_TRANSACTION_BYTES) {
        continue;
      }
      Verdict<StateRejection> applied =
          candidate instanceof CheckedTransaction c ? session.apply(c) : session.apply(tx);
      if (applied.isAccepted()) {
        included.add(tx);
        bytes += size;
      } else {
        pool.rejected(tx, applied);
      }
    }
    BlockOutcome outcome = session.finish();
    var setHash = set.hash(config.chainId());
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            height,
            slot,
            parent.id(),
            team,
            BlockRules.txRoot(included),
            included.size(),
            outcome.stateRoot(),
            parent.history().root(),
            set.generation(),
            setHash,
            outcome.nextSet().map(s -> s.hash(config.chainId())).orElse(setHash),
            claim.claim());
    return new Block(
        BlockHeader.sign(body, config.chainId(), keys.blockKey()),
        included,
        claim.certificates(),
        outcome.nextSet());
  }
}
