package org.witan.bench.net;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * Signed transfers submitted over HTTP, round-robin across the nodes, with each sender's nonces in
 * order and at most {@link #WINDOW} of them not yet final (the mempool's per-sender bound). A
 * transaction counts as final when node 0 announces a final block that carries it (through {@link
 * BlockIndex}); a sender whose oldest transaction is not final after {@link #RESUBMIT_MILLIS} sends
 * it again to another node.
 */
final class LoadGenerator {
  static final int WINDOW = 16;
  static final long RESUBMIT_MILLIS = 10_000;
  static final Amount FEE = Amount.ofUnits(1_000);

  /** One account the generator signs for; its fields are used by one submitting thread. */
  static final class Sender {
    final SigningKey key;
    final Address address;
    long next;
    volatile long finalNext;
    final TreeMap<Long, Pending> pending = new TreeMap<>();

    Sender(SigningKey key, long nonce) {
      this.key = key;
      this.address = Address.of(key.publicKey());
      this.next = nonce;
      this.finalNext = nonce;
    }
  }

  /** A transaction accepted by a node and not yet seen final. */
  record Pending(
      Sender sender, long nonce, Transaction tx, Hash32 id, int node, long submitMillis) {}

  /** A transaction seen final at node 0. */
  record Done(Hash32 id, int node, long submitMillis, long finalMillis, long height) {}

  private final NodeApi api;
  private final ChainConfig config;
  private final int nodes;
  private final Map<Hash32, Pending> byId = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong resubmitted = new AtomicLong();
  private final AtomicLong ioFailures = new AtomicLong();
  private final AtomicInteger nodeTurn = new AtomicInteger();
  private final BlockIndex index;

  LoadGenerator(NodeApi api, ChainConfig config, int nodes, BlockIndex index) {
    this.api = api;
    this.config = config;
    this.nodes = nodes;
    this.index = index;
  }

  /** Node 0 announced {@code event}: every transaction in the newly final blocks is done. */
  void onFinal(StreamWatch.FinalEvent event) {
    for (BlockIndex.Info block : index.finalized(event.id(), event.height())) {
      for (Hash32 id : block.transactions()) {
        Pending p = byId.remove(id);
        if (p != null) {
          Sender s = p.sender();
          synchronized (s) {
            s.finalNext = Math.max(s.finalNext, p.nonce() + 1);
          }
          done.add(
              new Done(id, p.node(), p.submitMillis(), event.receivedMillis(), block.height()));
        }
      }
    }
  }

  /**
   * Funds {@code count} fresh accounts with {@code amount} each from the {@code funders}, and waits
   * until every funding transfer is final.
   */
  List<Sender> fund(List<Sender> funders, int count, Amount amount, long timeoutMillis)
      throws IOException {
    SecureRandom random = new SecureRandom();
    List<Sender> fresh = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fresh.add(new Sender(SigningKey.generate(random), 0));
    }
    long deadline = System.currentTimeMillis() + timeoutMillis;
    int nextTarget = 0;
    while (nextTarget < count || !byId.isEmpty()) {
      if (System.currentTimeMillis() > deadline) {
        throw new IOException(
            "funding did not finish: "
                + nextTarget
                + " of "
                + count
                + " sent, "
                + byId.size()
                + " not final");
      }
      boolean sent = false;
      for (Sender f : funders) {
        while (nextTarget < count && f.next - f.finalNext < WINDOW) {
          Transfer t = new Transfer(fresh.get(nextTarget).address, amount, Memo.EMPTY);
          if (!submit(f, t)) {
            break;
          }
          nextTarget++;
          sent = true;
        }
        resubmitStuck(f);
      }
      if (!sent) {
        pause(50);
      }
    }
    return fresh;
  }

  /**
   * Submits transfers among {@code senders} from {@code threads} threads until {@code endMillis},
   * at most {@code rate} per second overall (0: as fast as the windows allow).
   */
  void run(List<Sender> senders, int threads, double rate, long endMillis)
      throws InterruptedException {
    long start = System.currentTimeMillis();
    AtomicLong permits = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      List<Sender> own = new ArrayList<>();
      for (int i = w; i < senders.size(); i += threads) {
        own.add(senders.get(i));
      }
      Thread t =
          new Thread(
              () -> work(own, senders, rate, start, permits, endMillis), "netbench-submit-" + w);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
    for (Thread t : workers) {
      t.join();
    }
  }

  private void work(
      List<Sender> own,
      List<Sender> all,
      double rate,
      long start,
      AtomicLong permits,
      long endMillis) {
    int turn = 0;
    while (System.currentTimeMillis() < endMillis) {
      boolean sent = false;
      for (Sender s : own) {
        if (System.currentTimeMillis() >= endMillis) {
          return;
        }
        resubmitStuck(s);
        if (s.next - s.finalNext >= WINDOW) {
          continue;
        }
        if (rate > 0) {
          long due = start + (long) (permits.getAndIncrement() * 1000 / rate);
          long wait = due - System.currentTimeMillis();
          if (wait > 0) {
            pause(wait);
          }
        }
        Sender to = all.get(turn++ % all.size());
        try {
          sent |= submit(s, new Transfer(to.address, Amount.ofUnits(1), Memo.EMPTY));
        } catch (IOException e) {
          ioFailures.incrementAndGet();
        }
      }
      if (!sent) {
        pause(2);
      }
    }
  }

  private boolean submit(Sender s, Transfer transfer) throws IOException {
    long expiry = System.currentTimeMillis() / 1000 + 600;
    Transaction tx =
        Transaction.sign(
            TxBody.of(s.key.publicKey(), s.next, FEE, expiry, transfer), config.chainId(), s.key);
    int node = Math.floorMod(nodeTurn.getAndIncrement(), nodes);
    long now = System.currentTimeMillis();
    NodeApi.Submitted r = api.submit(node, tx);
    if (!r.accepted()) {
      refusals.computeIfAbsent(r.reason(), k -> new AtomicInteger()).incrementAndGet();
      return false;
    }
    Pending p = new Pending(s, s.next, tx, tx.id(config.chainId()), node, now);
    synchronized (s) {
      s.pending.put(s.next, p);
      s.pending.headMap(s.finalNext).clear();
    }
    byId.put(p.id(), p);
    s.next++;
    accepted.incrementAndGet();
    return true;
  }

  private void resubmitStuck(Sender s) {
    Pending oldest;
    synchronized (s) {
      s.pending.headMap(s.finalNext).clear();
      oldest = s.pending.isEmpty() ? null : s.pending.firstEntry().getValue();
    }
    if (oldest == null
        || System.currentTimeMillis() - oldest.submitMillis() < RESUBMIT_MILLIS
        || !byId.containsKey(oldest.id())) {
      return;
    }
    try {
      int node = Math.floorMod(nodeTurn.getAndIncrement(), nodes);
      api.submit(node, oldest.tx());
      resubmitted.incrementAndGet();
      synchronized (s) {
        // wait another period before trying again; the latency still counts from the first send
        s.pending.put(
            oldest.nonce(),
            new Pending(
                s,
                oldest.nonce(),
                oldest.tx(),
                oldest.id(),
                oldest.node(),
                System.currentTimeMillis()));
      }
    } catch (IOException e) {
      ioFailures.incrementAndGet();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits up to {@code millis} for every accepted transaction to be seen final, sending a sender's
   * oldest one again when it is stuck.
   */
  void drain(List<Sender> senders, long millis) {
    long deadline = System.currentTimeMillis() + millis;
    while (!byId.isEmpty() && System.currentTimeMillis() < deadline) {
      senders.forEach(this::resubmitStuck);
      pause(100);
    }
  }

  /** Up to {@code max} transactions accepted but not seen final. */
  List<Hash32> notFinalIds(int max) {
    return byId.keySet().stream().limit(max).toList();
  }

  List<Done> done() {
    return List.copyOf(done);
  }

  long accepted() {
    return accepted.get();
  }

  long notFinal() {
    return byId.size();
  }

  long resubmitted() {
    return resubmitted.get();
  }

  long ioFailures() {
    return ioFailures.get();
  }

  Map<String, Integer> refusals() {
    Map<String, Integer> out = new TreeMap<>();
    refusals.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  void reset() {
    done.clear();
    refusals.clear();
    accepted.set(0);
    resubmitted.set(0);
    ioFailures.set(0);
  }
}
