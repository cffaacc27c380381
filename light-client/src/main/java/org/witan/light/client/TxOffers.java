package org.witan.light.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.tx.Transaction;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerApi;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.SubmitResult;

/**
 * Offers one transaction to several peers at once (decision 0016): the ready peers, best first, up
 * to the primary and {@link org.witan.light.peer.PeerPolicy#witnesses} more, each offer its own
 * task on the worker and bounded by the HTTP call timeout. The offering ends as soon as one peer
 * accepts (the other offers finish in the background and only score their peers). If none accepts,
 * it ends when every offer has: refused by at least one peer, it is {@link Refused} with the reason
 * of the best-placed peer that refused; if every offer failed (no answer, bad data) or no peer was
 * ready, the transaction is offered in turn through {@link PeerSet#call} (failover and backoff), as
 * one sync request would be.
 */
final class TxOffers<P extends ChainSource & PeerApi> {
  private static final Logger LOG = LoggerFactory.getLogger(TxOffers.class);

  /** How an offering ended. */
  sealed interface Offered permits Accepted, Refused {}

  /** In {@code peer}'s mempool (other peers may still be answering). */
  record Accepted(String peer) implements Offered {}

  /**
   * No peer accepted it, and {@code peer} refused it as invalid.
   *
   * @param reason the peer's {@code Rejection} or {@code StateRejection} name (peer text)
   * @param message the peer's explanation (untrusted plain text)
   */
  record Refused(String peer, String reason, String message) implements Offered {}

  private final PeerSet<P> peers;
  private final Executor worker;

  TxOffers(PeerSet<P> peers, Executor worker) {
    this.peers = peers;
    this.worker = worker;
  }

  /**
   * Offers {@code transaction}; the future ends with how the offering ended, or fails with a {@link
   * PeerException} if no peer answered at all.
   */
  CompletableFuture<Offered> offer(Transaction transaction) {
    List<P> targets = peers.ready().stream().limit(1L + peers.policy().witnesses()).toList();
    if (targets.isEmpty()) {
      return inTurn(transaction);
    }
    CompletableFuture<Offered> done = new CompletableFuture<>();
    Round round = new Round(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      P peer = targets.get(i);
      int place = i;
      CompletableFuture<SubmitResult> offered = new CompletableFuture<>();
      execute(
          () -> {
            try {
              offered.complete(peer.submit(transaction));
            } catch (PeerException | RuntimeException e) {
              offered.completeExceptionally(e);
            }
          },
          offered);
      CompletableFuture<?> unused =
          offered.whenComplete(
              (result, failure) -> {
                try {
                  answered(peer, place, result, failure, round, transaction, done);
                } catch (RuntimeException e) {
                  done.completeExceptionally(e);
                }
              });
    }
    return done;
  }

  private void answered(
      P peer,
      int place,
      SubmitResult result,
      Throwable failure,
      Round round,
      Transaction transaction,
      CompletableFuture<Offered> done) {
    if (result != null) {
      peers.succeeded(peer);
    } else if (failure instanceof PeerException e) {
      peers.failed(peer, e);
      LOG.debug("offering to {} failed: {}", peer.name(), e.getMessage());
    } else if (failure != null) {
      LOG.warn("offering to {} failed", peer.name(), failure);
    }
    Decision decision = round.answered(place, peer.name(), result);
    if (decision.end().isPresent()) {
      done.complete(decision.end().get());
    } else if (decision.allFailed()) {
      CompletableFuture<?> unused =
          inTurn(transaction)
              .whenComplete(
                  (o, f) -> {
                    if (f != null) {
                      done.completeExceptionally(LightClient.unwrap(f));
                    } else {
                      done.complete(o);
                    }
                  });
    }
  }

  /** The old way: one peer at a time, failing over, pausing for backoffs. */
  private CompletableFuture<Offered> inTurn(Transaction transaction) {
    CompletableFuture<Offered> done = new CompletableFuture<>();
    execute(
        () -> {
          try {
            done.complete(peers.call(peer -> offered(peer.name(), peer.submit(transaction))));
          } catch (PeerException | RuntimeException e) {
            done.completeExceptionally(e);
          }
        },
        done);
    return done;
  }

  private static Offered offered(String peer, SubmitResult result) {
    if (result instanceof SubmitResult.Rejected r) {
      return new Refused(peer, r.reason(), r.message());
    }
    return new Accepted(peer);
  }

  private void execute(Runnable task, CompletableFuture<?> failOnRefusal) {
    try {
      worker.execute(task);
    } catch (RejectedExecutionException e) {
      failOnRefusal.completeExceptionally(e);
    }
  }

  /** What one answer means for the offering: wait, end with an outcome, or fall back. */
  private record Decision(Optional<Offered> end, boolean allFailed) {
    static final Decision WAIT = new Decision(Optional.empty(), false);
  }

  /** The answers of one parallel offering; decides when it ends. Thread-safe. */
  private static final class Round {
    private final List<Optional<Refused>> refusals = new ArrayList<>();
    private int pending;
    private boolean ended;

    Round(int targets) {
      this.pending = targets;
      for (int i = 0; i < targets; i++) {
        refusals.add(Optional.empty());
      }
    }

    /**
     * Records one peer's answer ({@code result} null if it failed): the first acceptance ends the
     * offering; so does the last answer, with the best-placed refusal, or as a fallback if every
     * offer failed.
     */
    synchronized Decision answered(int place, String peer, SubmitResult result) {
      pending--;
      if (ended) {
        if (result instanceof SubmitResult.Rejected r) {
          LOG.info("{} refused a transaction another peer accepted: {}", peer, r.reason());
        }
        return Decision.WAIT;
      }
      if (result instanceof SubmitResult.Accepted) {
        ended = true;
        return new Decision(Optional.of(new Accepted(peer)), false);
      }
      if (result instanceof SubmitResult.Rejected r) {
        refusals.set(place, Optional.of(new Refused(peer, r.reason(), r.message())));
      }
      if (pending > 0) {
        return Decision.WAIT;
      }
      ended = true;
      Optional<Offered> first =
          refusals.stream().filter(Optional::isPresent).<Offered>map(Optional::get).findFirst();
      return new Decision(first, first.isEmpty());
    }
  }
}
