package org.witan.node.mempool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.tx.Transaction;

/**
 * Whatever is submitted, replaced or finalized, in any order: {@code candidates()} lists each
 * sender's transactions from its next nonce without a gap and in nonce order, and a producer
 * applying them in that order on the pool's state refuses none.
 */
class MempoolProperties {
  /** Submit {@code (sender, nonce, fee step)}, or finalize the candidates when sender is -1. */
  record Op(int sender, int nonce, int feeStep) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> submit =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 12))
            .as(Op::new);
    Arbitrary<Op> finalize = Arbitraries.just(new Op(-1, 0, 0));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, submit), net.jqwik.api.Tuple.of(1, finalize))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property(tries = 40)
  void candidatesKeepEachSendersNonceOrderAndAllApply(@ForAll("ops") List<Op> ops) {
    PoolChain chain = new PoolChain();
    Mempool pool = chain.pool(new MempoolConfig(12, 1 << 20, 5, 10));
    for (Op op : ops) {
      if (op.sender() < 0) {
        List<Transaction> candidates = checkedCandidates(chain, pool);
        pool.onFinalized(List.of(chain.block(candidates)));
      } else {
        pool.submit(chain.transfer(op.sender(), op.nonce(), 1_000 + 700L * op.feeStep()));
        assertTrue(pool.size() <= 12, "the count bound");
      }
    }
    List<Transaction> candidates = checkedCandidates(chain, pool);
    chain.block(candidates);
  }

  /** The candidates, checked for per-sender order against the chain's nonces. */
  private static List<Transaction> checkedCandidates(PoolChain chain, Mempool pool) {
    List<Transaction> out = new ArrayList<>();
    pool.candidates().forEach(out::add);
    Map<PublicKey, Long> expected = new HashMap<>();
    for (Transaction tx : out) {
      PublicKey sender = tx.body().sender();
      long next =
          expected.computeIfAbsent(
              sender, s -> chain.reader.account(chain.root, Address.of(s)).nonce());
      assertEquals(next, tx.body().nonce(), "the sender's next nonce");
      expected.put(sender, next + 1);
    }
    assertTrue(out.size() <= pool.size());
    return out;
  }
}
