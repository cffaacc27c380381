package org.witan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.witan.core.address.Address;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.SigningKey;
import org.witan.core.rules.Verdict;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TransactionRules;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * A signed transfer as it arrives from a peer: decode the bytes, then the stateless rules (one
 * Ed25519 verification with a key decoded and checked for the first time). One thread and two.
 * Bounded by Ed25519: a key never seen before costs a point decompression and an order check on top
 * of the verification itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransactionBench {
  private byte[] encoded;

  @Setup
  public void setUp() {
    SigningKey sender = Fixtures.key(11);
    TxBody body =
        TxBody.of(
            sender.publicKey(),
            5,
            Amount.ofUnits(1_000),
            1_800_000_000L,
            new Transfer(
                Address.of(Fixtures.key(12).publicKey()), Amount.ofWit(3), Memo.ofText("rent")));
    encoded = Transaction.sign(body, Fixtures.CHAIN, sender).encode();
  }

  @Benchmark
  @Threads(1)
  public Verdict<?> decodeAndCheckOneThread() throws DecodingException {
    return TransactionRules.checkStateless(Transaction.CODEC.decode(encoded), Fixtures.CHAIN);
  }

  @Benchmark
  @Threads(2)
  public Verdict<?> decodeAndCheckTwoThreads() throws DecodingException {
    return TransactionRules.checkStateless(Transaction.CODEC.decode(encoded), Fixtures.CHAIN);
  }
}
