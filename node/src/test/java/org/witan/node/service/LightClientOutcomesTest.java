package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.header.HeaderBody;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.client.TxOutcome;

/**
 * The light client's two "never included" outcomes, produced for real on four producer nodes on
 * 127.0.0.1: a transaction held back by a nonce gap until its short expiry passes ends as {@link
 * TxOutcome.Expired}; of two transactions with the same nonce, the one the mempools replaced ends
 * as {@link TxOutcome.NonceUsed} once the other is final.
 */
class LightClientOutcomesTest {
  private static final SigningKey CAROL = LocalNet.user(2);
  private static final SigningKey DAVE = LocalNet.user(3);
  private static final Address BOB = Address.of(LocalNet.user(1).publicKey());

  @TempDir Path dir;

  @Test
  @Timeout(240)
  void aTransactionThatCanNeverBeIncludedEndsAsExpiredOrNonceUsed() throws Exception {
    List<Address> funded = List.of(Address.of(CAROL.publicKey()), Address.of(DAVE.publicKey()));
    ExecutorService worker = Executors.newFixedThreadPool(3);
    try (LocalNet net = new LocalNet(4, dir, funded).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 3);
      ChainConfig config = net.genesis.config();
      try (LightClient client =
          new LightClient(
              LightConfig.of(
                      net.urls().stream().map(URI::create).toList(),
                      net.genesis,
                      GenesisTrust.root(net.genesis))
                  .withPollInterval(Duration.ofMillis(200)),
              Clock.systemUTC(),
              worker,
              LightListener.NONE,
              Runnable::run)) {
        client.sync().get(30, TimeUnit.SECONDS);

        // Expired: nonce 5 of an account at nonce 0 waits for nonces 1 to 4 that never come.
        long now = System.currentTimeMillis() / 1000;
        Transaction gapped = transfer(CAROL, 5, 1, now + 4, config);
        CompletableFuture<TxOutcome> expiring = client.submit(gapped);

        // NonceUsed: "first" and "second" both use nonce 1, held back by the gap at nonce 0; the
        // second pays more and replaces the first in every pool; then nonce 0 fills the gap.
        Transaction first = transfer(DAVE, 1, 1, now + 600, config);
        Transaction second = transfer(DAVE, 1, 2, now + 600, config);
        Transaction gap = transfer(DAVE, 0, 1, now + 600, config);
        Hash32 firstId = first.id(config.chainId());
        Hash32 secondId = second.id(config.chainId());
        CompletableFuture<TxOutcome> replaced = client.submit(first);
        NetworkTest.await("every pool holds the first", () -> allHold(net, firstId));
        CompletableFuture<TxOutcome> replacing = client.submit(second);
        NetworkTest.await(
            "the second replaced the first in every pool",
            () -> allHold(net, secondId) && net.nodes.stream().noneMatch(n -> holds(n, firstId)));
        CompletableFuture<TxOutcome> filling = client.submit(gap);

        TxOutcome.Final gapFinal =
            assertInstanceOf(TxOutcome.Final.class, filling.get(60, TimeUnit.SECONDS));
        TxOutcome.Final secondFinal =
            assertInstanceOf(TxOutcome.Final.class, replacing.get(60, TimeUnit.SECONDS));
        assertTrue(secondFinal.height().compareTo(gapFinal.height()) >= 0);
        TxOutcome.NonceUsed used =
            assertInstanceOf(TxOutcome.NonceUsed.class, replaced.get(60, TimeUnit.SECONDS));
        assertEquals(firstId, used.id());
        assertEquals(2, used.accountNonce(), "nonces 0 and 1 are used");
        assertTrue(used.finalHeight().compareTo(secondFinal.height()) >= 0);

        TxOutcome.Expired expired =
            assertInstanceOf(TxOutcome.Expired.class, expiring.get(60, TimeUnit.SECONDS));
        assertEquals(gapped.id(config.chainId()), expired.id());
        HeaderBody past =
            net.node(0).chain().headers(expired.finalHeight().value(), 1).get(0).body();
        assertTrue(
            config.blockTimeSeconds(past.slot()) > gapped.body().expiry(),
            "the final block it names is past the expiry");
        assertFalse(client.halted());
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private static boolean allHold(LocalNet net, Hash32 id) {
    return net.nodes.stream().allMatch(n -> holds(n, id));
  }

  private static boolean holds(NodeService node, Hash32 id) {
    return node.mempool().contains(id);
  }

  private static Transaction transfer(
      SigningKey from, long nonce, long feeWit, long expiry, ChainConfig config) {
    return Transaction.sign(
        TxBody.of(
            from.publicKey(),
            nonce,
            Amount.ofWit(feeWit),
            expiry,
            new Transfer(BOB, Amount.ofWit(1), Memo.EMPTY)),
        config.chainId(),
        from);
  }
}
