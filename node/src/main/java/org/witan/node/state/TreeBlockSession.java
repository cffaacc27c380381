package org.witan.node.state;

import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Param;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.tx.Rejection;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TransactionRules;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * One block executed over the state tree (docs/protocol.md 10): the begin steps when it is created,
 * then each transaction in its own overlay level (kept if it applies, dropped if not), then the
 * fees and the end steps, and one batch into the tree. Single-threaded; finished at most once.
 */
final class TreeBlockSession implements BlockSession {
  private final SparseMerkleTree tree;
  private final ChainConfig config;
  private final TransactionVerifier verifier;
  private final BlockContext context;
  private final StateOverlay overlay;
  private final State state;
  private final BlockEnv block;
  private Amount fees = Amount.ZERO;
  private boolean finished;

  TreeBlockSession(
      SparseMerkleTree tree,
      ChainConfig config,
      TransactionVerifier verifier,
      BlockContext context) {
    this.tree = tree;
    this.config = config;
    this.verifier = verifier;
    this.context = context;
    this.overlay = new StateOverlay(tree, context.parentStateRoot());
    this.state = new State(overlay);
    this.block = BlockEnv.of(config, context, state.params());
    BlockStart.run(state, block, context, config.blocksPerTurn());
    overlay.commitTransaction();
  }

  @Override
  public Verdict<StateRejection> apply(Transaction tx) {
    return apply(verifier.check(tx));
  }

  @Override
  public Verdict<StateRejection> apply(CheckedTransaction tx) {
    requireOpen();
    if (!tx.chainId().equals(config.chainId())) {
      return Outcomes.fail(
          StateRejection.STATELESS,
          "checked on chain " + tx.chainId() + ", not " + config.chainId());
    }
    if (!tx.stateless().isAccepted()) {
      return stateless(tx.stateless());
    }
    TxBody body = tx.transaction().body();
    Verdict<Rejection> expiry = TransactionRules.checkExpiry(body, block.time());
    if (!expiry.isAccepted()) {
      return Outcomes.fail(StateRejection.EXPIRED, expiry.detail());
    }
    Verdict<StateRejection> verdict;
    try {
      verdict = applyChecked(body);
    } catch (ArithmeticException e) {
      verdict = Outcomes.fail(StateRejection.OVERFLOW, String.valueOf(e.getMessage()));
    }
    if (verdict.isAccepted()) {
      overlay.commitTransaction();
      fees = fees.plus(body.fee());
    } else {
      overlay.rollbackTransaction();
    }
    return verdict;
  }

  private static Verdict<StateRejection> stateless(Verdict<Rejection> verdict) {
    return Outcomes.fail(StateRejection.STATELESS, verdict.reason() + ": " + verdict.detail());
  }

  /** The envelope (sender, nonce, fee) and then the action. */
  private Verdict<StateRejection> applyChecked(TxBody body) {
    Address sender = Address.of(body.sender());
    Optional<AccountState> found = state.findAccount(sender);
    if (found.isEmpty()) {
      return Outcomes.fail(StateRejection.UNKNOWN_ACCOUNT, "no account " + sender);
    }
    AccountState account = found.get();
    if (body.nonce() != account.nonce()) {
      return Outcomes.fail(
          StateRejection.BAD_NONCE, "nonce " + body.nonce() + ", expected " + account.nonce());
    }
    Amount minFee = block.params().amount(Param.MIN_FEE);
    if (body.fee().compareTo(minFee) < 0) {
      return Outcomes.fail(
          StateRejection.FEE_TOO_LOW, "a fee of " + body.fee() + " is below " + minFee);
    }
    if (account.balance().compareTo(body.fee()) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "the fee of " + body.fee() + " exceeds the balance of " + account.balance());
    }
    state.put(
        sender,
        account
            .withBalance(account.balance().minus(body.fee()))
            .withNonce(Math.addExact(account.nonce(), 1)));
    return ActionExecutor.execute(state, new TxEnv(block, body, sender));
  }

  @Override
  public BlockOutcome finish() {
    requireOpen();
    finished = true;
    TeamState producer = state.existingTeam(block.producer());
    if (producer.status() == TeamStatus.TOMBSTONED) {
      Ledger.burn(state, fees);
    } else {
      Ledger.creditPartners(state, producer, fees);
    }
    GovernanceTally.run(state, block);
    Downtime.run(state, block);
    Optional<ProducerSet> next = Optional.empty();
    if (config.isEpochEnd(block.height().value())) {
      next = EpochEnd.run(state, config.producerCount(), context.activeSet().generation());
    }
    overlay.commitTransaction();
    Hash32 root = tree.update(context.parentStateRoot(), overlay.batch());
    return new BlockOutcome(root, next);
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("this block session is finished");
    }
  }
}
