package org.witan.node.mempool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.PublicKey;
import org.witan.core.tx.Transaction;

class MempoolConcurrencyTest {
  private static final int THREADS = 4;
  private static final int NONCES = 10;

  @Test
  void concurrentSubmitsAreEachAcceptedOnceAndReadersSeeNonceOrder() throws Exception {
    PoolChain chain = new PoolChain();
    Mempool pool = chain.pool();
    Queue<Transaction> heard = new ConcurrentLinkedQueue<>();
    pool.addListener(heard::add, Runnable::run);
    List<Transaction> all = new ArrayList<>();
    for (int user = 0; user < PoolChain.USERS; user++) {
      for (int nonce = 0; nonce < NONCES; nonce++) {
        all.add(chain.transfer(user, nonce, 1_000 + 37L * ((user * 7 + nonce * 3) % 11)));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
    try {
      CountDownLatch start = new CountDownLatch(1);
      CountDownLatch readerRunning = new CountDownLatch(1);
      AtomicBoolean done = new AtomicBoolean();
      List<Future<Integer>> submitters = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // Every thread submits every transaction, in its own shuffled order: duplicates race.
        List<Transaction> mine = new ArrayList<>(all);
        Collections.shuffle(mine, new Random(t));
        submitters.add(
            threads.submit(
                () -> {
                  start.await();
                  readerRunning.await(); // submits overlap the reader's reads
                  int refused = 0;
                  for (Transaction tx : mine) {
                    if (!pool.submit(tx).isAccepted()) {
                      refused++;
                    }
                  }
                  return refused;
                }));
      }
      Future<Integer> reader =
          threads.submit(
              () -> {
                start.await();
                int reads = 0;
                do {
                  assertNonceOrder(pool.candidates());
                  reads++;
                  readerRunning.countDown();
                } while (!done.get());
                return reads;
              });
      start.countDown();
      for (Future<Integer> f : submitters) {
        assertEquals(0, f.get(60, TimeUnit.SECONDS), "no submission is refused");
      }
      done.set(true);
      assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
    } finally {
      threads.shutdownNow();
    }
    assertEquals(all.size(), pool.size());
    assertEquals(all.size(), heard.size(), "each accepted once, reported once");
    assertEquals(new HashSet<>(all), new HashSet<>(heard));
    List<Transaction> candidates = assertNonceOrder(pool.candidates());
    assertEquals(all.size(), candidates.size());
    pool.onFinalized(List.of(chain.block(candidates)));
    assertEquals(0, pool.size());
    assertEquals(0, pool.bytes());
  }

  private static List<Transaction> assertNonceOrder(Iterable<Transaction> txs) {
    Map<PublicKey, Long> next = new HashMap<>();
    List<Transaction> out = new ArrayList<>();
    for (Transaction tx : txs) {
      long expected = next.getOrDefault(tx.body().sender(), 0L);
      assertEquals(expected, tx.body().nonce());
      next.put(tx.body().sender(), expected + 1);
      out.add(tx);
    }
    return out;
  }
}
