package org.witan.node.consensus;

import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.block.BlockFault;
import org.witan.core.block.BlockRules;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.CertificateFault;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.HeaderFault;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transaction;
import org.witan.node.state.BlockContext;
import org.witan.node.state.BlockOutcome;
import org.witan.node.state.BlockSession;
import org.witan.node.state.StateMachine;

/**
 * Checks a block against its parent's chain (docs/protocol.md 6 and 7) and, if it holds, derives
 * its {@link BlockEntry}. In order: the block is a child of the parent (height, later slot); the
 * header verifies against the set its parent's chain makes active (generation, set hash, scheduled
 * producer, signature); the body matches the header; the claim is not older than the parent's and
 * names a block of this chain by height, slot and id; a claim newer than the parent's (higher, or
 * the same block now strong) carries exactly one certificate per set that the claimed block needs,
 * each verifying for that block with the claimed strength, and one as new carries none; the history
 * root is the parent's accumulator root; the state machine, run on the parent's state, accepts
 * every transaction and gives the header's state root and the announced next set.
 */
public final class BlockValidator {
  private final ChainConfig config;
  private final StateMachine stateMachine;
  private final SignatureChecks checks;

  public BlockValidator(ChainConfig config, StateMachine stateMachine, SignatureChecks checks) {
    this.config = config;
    this.stateMachine = stateMachine;
    this.checks = checks;
  }

  /** The outcome: the entry of a valid block, or why it is not valid. */
  public record Outcome(Verdict<BlockRejection> verdict, Optional<BlockEntry> entry) {
    static Outcome reject(BlockRejection reason, String detail) {
      return new Outcome(Verdict.rejected(reason, detail), Optional.empty());
    }
  }

  /**
   * Checks only that {@code block}'s header is a correctly signed header of the team scheduled for
   * its slot under the set that {@code parent}'s chain makes active: enough to use it as evidence.
   */
  public Verdict<HeaderFault> checkHeader(Block block, BlockEntry parent) {
    ChildSets sets = ChildSets.of(parent);
    return checks.header(block.header(), sets.set(), config.blocksPerTurn(), config.chainId());
  }

  public Outcome validate(Block block, BlockEntry parent, BlockTree tree) {
    HeaderBody header = block.header().body();
    if (!header.parent().equals(parent.id())
        || header.height().value() != parent.height().value() + 1
        || header.slot().compareTo(parent.slot()) <= 0) {
      return Outcome.reject(
          BlockRejection.NOT_A_CHILD,
          "block " + header.height() + "@" + header.slot() + " is not a child of " + parent.ref());
    }
    ChildSets sets = ChildSets.of(parent);
    Verdict<HeaderFault> headerVerdict =
        checks.header(block.header(), sets.set(), config.blocksPerTurn(), config.chainId());
    if (!headerVerdict.isAccepted()) {
      return Outcome.reject(BlockRejection.BAD_HEADER, headerVerdict.toString());
    }
    Verdict<BlockFault> body = BlockRules.checkBody(block, config.chainId());
    if (!body.isAccepted()) {
      return Outcome.reject(BlockRejection.BAD_BODY, body.toString());
    }
    if (block.nextSet().isPresent() && !sets.mayAnnounce(parent)) {
      return Outcome.reject(
          BlockRejection.BAD_NEXT_SET, "a set is announced while another is pending");
    }
    QcClaim claim = header.qcClaim();
    QcClaim parentClaim = parent.header().qcClaim();
    if (compare(claim, parentClaim) < 0) {
      return Outcome.reject(
          BlockRejection.BAD_CLAIM,
          "claim " + claim + " is older than the parent's " + parentClaim);
    }
    Optional<BlockEntry> claimed = tree.entryAt(parent, claim.height().value());
    if (claimed.isEmpty()
        || !claimed.get().slot().equals(claim.slot())
        || !claimed.get().id().equals(claim.blockId())) {
      return Outcome.reject(BlockRejection.BAD_CLAIM, "claim " + claim + " names no ancestor");
    }
    Verdict<BlockRejection> certificates =
        checkCertificates(
            block.certificates(), claim, compare(claim, parentClaim) == 0, claimed.get());
    if (!certificates.isAccepted()) {
      return new Outcome(certificates, Optional.empty());
    }
    if (!header.historyRoot().equals(parent.history().root())) {
      return Outcome.reject(
          BlockRejection.BAD_HISTORY_ROOT, "the history root is not that of blocks 0 to parent");
    }
    BlockContext context =
        new BlockContext(
            parent.header().stateRoot(),
            header.height(),
            header.slot(),
            parent.slot(),
            header.producer(),
            sets.set(),
            h -> tree.ancestorAt(parent, h));
    BlockSession session = stateMachine.begin(context);
    for (Transaction tx : block.transactions()) {
      Verdict<StateRejection> applied = session.apply(tx);
      if (!applied.isAccepted()) {
        return Outcome.reject(
            BlockRejection.BAD_TRANSACTION,
            "transaction " + tx.id(config.chainId()) + ": " + applied);
      }
    }
    BlockOutcome outcome = session.finish();
    if (!outcome.stateRoot().equals(header.stateRoot())) {
      return Outcome.reject(
          BlockRejection.BAD_STATE_ROOT,
          "executed to " + outcome.stateRoot() + ", header says " + header.stateRoot());
    }
    if (!outcome.nextSet().equals(block.nextSet())) {
      return Outcome.reject(
          BlockRejection.BAD_NEXT_SET, "the election and the block's next set differ");
    }
    Hash32 id = block.header().id(config.chainId());
    return new Outcome(
        Verdict.accepted(), Optional.of(BlockEntry.child(block, id, parent, sets, claimed.get())));
  }

  private Verdict<BlockRejection> checkCertificates(
      List<QuorumCertificate> certificates,
      QcClaim claim,
      boolean sameAsParent,
      BlockEntry claimed) {
    if (sameAsParent) {
      return certificates.isEmpty()
          ? Verdict.accepted()
          : Verdict.rejected(
              BlockRejection.BAD_CERTIFICATE, "a claim repeated from the parent carries none");
    }
    List<ProducerSet> sets = claimed.signerSets();
    if (certificates.size() != sets.size()) {
      return Verdict.rejected(
          BlockRejection.BAD_CERTIFICATE,
          "the claimed block needs "
              + sets.size()
              + " certificates, "
              + certificates.size()
              + " given");
    }
    BlockHeader target = claimed.block().header();
    boolean allStrong = true;
    for (ProducerSet set : sets) {
      QuorumCertificate qc =
          certificates.stream()
              .filter(c -> c.signerGeneration() == set.generation())
              .findFirst()
              .orElse(null);
      if (qc == null) {
        return Verdict.rejected(
            BlockRejection.BAD_CERTIFICATE, "no certificate by generation " + set.generation());
      }
      Verdict<CertificateFault> verdict =
          checks.certificate(qc, target, set, claim.strong(), config.chainId());
      if (!verdict.isAccepted()) {
        return Verdict.rejected(BlockRejection.BAD_CERTIFICATE, verdict.toString());
      }
      allStrong &= qc.isStrongFor(set);
    }
    if (!claim.strong() && allStrong) {
      return Verdict.rejected(
          BlockRejection.BAD_CERTIFICATE, "strong certificates claimed as weak");
    }
    return Verdict.accepted();
  }

  /** Orders claims: by height, then a strong claim above a weak one of the same block. */
  static int compare(QcClaim a, QcClaim b) {
    int byHeight = a.height().compareTo(b.height());
    return byHeight != 0 ? byHeight : Boolean.compare(a.strong(), b.strong());
  }
}
