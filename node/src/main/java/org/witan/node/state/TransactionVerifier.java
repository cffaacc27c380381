package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.witan.core.crypto.PublicKey;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TransactionRules;
import org.witan.core.tx.TxBody;
import org.witan.core.value.ChainId;

/**
 * Checks transactions' stateless rules on one chain, the costly part of executing them (about one
 * Ed25519 verification per signer). Signer keys go through a {@link PublicKeyCache}, so a known
 * account's key is not decompressed and order-checked again. {@link #checkAll} spreads a block's
 * transactions over an executor the caller owns; the results come back in block order. Thread-safe.
 */
public final class TransactionVerifier {
  private final ChainId chainId;
  private final PublicKeyCache keys;

  public TransactionVerifier(ChainId chainId, PublicKeyCache keys) {
    this.chainId = chainId;
    this.keys = keys;
  }

  public ChainId chainId() {
    return chainId;
  }

  /** Checks one transaction on the calling thread. */
  public CheckedTransaction check(Transaction tx) {
    Transaction interned = intern(tx);
    return new CheckedTransaction(
        interned, chainId, TransactionRules.checkStateless(interned, chainId));
  }

  /**
   * Checks {@code txs} in {@code parts} contiguous slices on {@code executor} (the calling thread
   * waits), in block order.
   */
  public List<CheckedTransaction> checkAll(List<Transaction> txs, Executor executor, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("at least one part");
    }
    int n = txs.size();
    int slices = Math.max(1, Math.min(parts, n));
    List<CompletableFuture<List<CheckedTransaction>>> futures = new ArrayList<>(slices);
    for (int s = 0; s < slices; s++) {
      List<Transaction> slice = txs.subList(n * s / slices, n * (s + 1) / slices);
      futures.add(CompletableFuture.supplyAsync(() -> checkSlice(slice), executor));
    }
    List<CheckedTransaction> out = new ArrayList<>(n);
    for (CompletableFuture<List<CheckedTransaction>> f : futures) {
      out.addAll(f.join());
    }
    return out;
  }

  /**
   * Starts checking {@code txs} in slices of at most {@code sliceSize} on {@code executor} and
   * returns one future per slice, in block order, without waiting: a caller can apply each slice as
   * soon as it is checked while later slices are still being checked (a pipeline).
   */
  public List<CompletableFuture<List<CheckedTransaction>>> submit(
      List<Transaction> txs, Executor executor, int sliceSize) {
    if (sliceSize < 1) {
      throw new IllegalArgumentException("a slice holds at least one transaction");
    }
    List<CompletableFuture<List<CheckedTransaction>>> futures = new ArrayList<>();
    for (int from = 0; from < txs.size(); from += sliceSize) {
      List<Transaction> slice = txs.subList(from, Math.min(txs.size(), from + sliceSize));
      futures.add(CompletableFuture.supplyAsync(() -> checkSlice(slice), executor));
    }
    return futures;
  }

  private List<CheckedTransaction> checkSlice(List<Transaction> slice) {
    List<CheckedTransaction> out = new ArrayList<>(slice.size());
    for (Transaction tx : slice) {
      out.add(check(tx));
    }
    return out;
  }

  /** The same transaction with its signer keys replaced by their cached instances. */
  private Transaction intern(Transaction tx) {
    TxBody body = tx.body();
    PublicKey sender = keys.intern(body.sender());
    List<PublicKey> cosigners = body.cosigners();
    if (!cosigners.isEmpty()) {
      List<PublicKey> interned = new ArrayList<>(cosigners.size());
      for (PublicKey key : cosigners) {
        interned.add(keys.intern(key));
      }
      cosigners = interned;
    }
    TxBody same =
        new TxBody(sender, body.nonce(), body.fee(), body.expiry(), cosigners, body.action());
    return new Transaction(same, tx.signature(), tx.cosignatures());
  }
}
