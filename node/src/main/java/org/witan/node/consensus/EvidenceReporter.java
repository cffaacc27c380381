package org.witan.node.consensus;

import java.time.Clock;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.Evidence;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * Turns detected evidence into a signed {@code SubmitEvidence} transaction from the node's
 * reporting account and hands it to the node's transaction intake, like any other transaction.
 * Anyone may submit evidence; the state machine punishes each offence once, so a duplicate from
 * another reporter is rejected and changes nothing.
 */
public final class EvidenceReporter implements EvidenceSink {
  /** Where a signed transaction enters the node (its pool, then gossip). */
  @FunctionalInterface
  public interface TransactionIntake {
    void submit(Transaction tx);
  }

  /** The nonce the reporting account's next transaction must carry. */
  @FunctionalInterface
  public interface NonceSource {
    long nextNonce(PublicKey sender);
  }

  private final ChainId chainId;
  private final SigningKey reporter;
  private final Amount fee;
  private final long expirySeconds;
  private final NonceSource nonces;
  private final TransactionIntake intake;
  private final Clock clock;

  /**
   * @param reporter the key of a funded account that pays the fee (the caller keeps ownership)
   * @param expirySeconds how long the transaction stays valid, at most 3,600
   */
  public EvidenceReporter(
      ChainId chainId,
      SigningKey reporter,
      Amount fee,
      long expirySeconds,
      NonceSource nonces,
      TransactionIntake intake,
      Clock clock) {
    if (expirySeconds < 1 || expirySeconds > 3600) {
      throw new IllegalArgumentException("a transaction expires 1 to 3,600 seconds ahead");
    }
    this.chainId = chainId;
    this.reporter = reporter;
    this.fee = fee;
    this.expirySeconds = expirySeconds;
    this.nonces = nonces;
    this.intake = intake;
    this.clock = clock;
  }

  /**
   * Signs and submits a {@code SubmitEvidence} transaction. Synchronized: consensus reports from
   * its thread and the safety alarm from the peer threads, and two reports must not read the same
   * next nonce before either reaches the pool.
   */
  @Override
  public synchronized void submit(Evidence evidence) {
    PublicKey sender = reporter.publicKey();
    long now = clock.millis() / 1000;
    TxBody body =
        TxBody.of(
            sender,
            nonces.nextNonce(sender),
            fee,
            now + expirySeconds,
            new SubmitEvidence(evidence));
    intake.submit(Transaction.sign(body, chainId, reporter));
  }
}
