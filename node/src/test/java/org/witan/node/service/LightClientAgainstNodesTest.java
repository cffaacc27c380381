package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Param;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.client.TxOutcome;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.Pause;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.StateAnswer;
import org.witan.light.peer.SubmitResult;
import org.witan.light.peer.TransactionAnswer;
import org.witan.light.query.InclusionFault;
import org.witan.light.query.Proven;
import org.witan.light.query.ProvenState;
import org.witan.light.query.ProvenTransaction;
import org.witan.light.sync.LightState;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;
import org.witan.light.verify.TrustRoot;
import org.witan.light.witness.Attack;
import org.witan.light.witness.SyncOutcome;
import org.witan.light.witness.WitnessedSync;

/**
 * The light client against a real devnet: four producer nodes on 127.0.0.1 (H2 files, HTTP,
 * WebSocket). From the genesis alone, it syncs with witnesses to the nodes' final chain, follows
 * it, reads a funded account's proven state, and tracks a transfer it submitted to a proven final
 * inclusion; then the same through the {@link LightClient} facade.
 */
class LightClientAgainstNodesTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  @Timeout(240)
  void aLightClientSyncsQueriesAndTracksATransferOnRealNodes() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers();
        HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS)) {
      ChainConfig config = net.genesis.config();
      NetworkTest.awaitFinal(net, 4, 6);
      TrustRoot root = GenesisTrust.root(net.genesis);
      assertEquals(
          net.nodes.get(0).chain().headers(0, 1).get(0).id(config.chainId()),
          root.blockId(),
          "the genesis trust root is the nodes' genesis block");

      List<HttpChainSource> sources = new ArrayList<>();
      for (String url : net.urls()) {
        sources.add(transport.peer(URI.create(url), Network.DEV));
      }
      PeerSet<HttpChainSource> peers =
          new PeerSet<>(
              sources,
              PeerPolicy.DEFAULTS,
              Clock.systemUTC(),
              new SplittableRandom(1),
              Pause.SLEEP);
      List<Attack> attacks = new CopyOnWriteArrayList<>();
      WitnessedSync sync =
          new WitnessedSync(
              config,
              net.genesis.params().get(Param.TRUSTING_PERIOD_SECONDS),
              Clock.systemUTC(),
              attacks::add,
              Runnable::run);

      // Sync from genesis: the result is the nodes' final chain, confirmed by two witnesses.
      SyncOutcome first = sync.sync(peers, LightState.fromRoot(root), p -> {});
      long height = first.state().finalHeight().value();
      assertTrue(height >= 6, "synced to height " + height);
      assertEquals(2, first.confirmedBy().size(), first.toString());
      assertEquals(0, first.state().latestSet().generation());
      NetworkTest.awaitFinal(net, 4, height);
      for (NodeService node : net.nodes) {
        assertEquals(
            node.chain().headers(height, 1).get(0),
            first.state().finalHeader().orElseThrow(),
            "the proven final header is every node's");
      }

      // Follow: a later sync proves a higher final block.
      NetworkTest.awaitFinal(net, 4, height + 3);
      SyncOutcome second = sync.sync(peers, first.state(), p -> {});
      long later = second.state().finalHeight().value();
      assertTrue(later > height, later + " after " + height);
      HeaderBody head = second.state().finalHeader().orElseThrow().body();

      // A funded account's state, proven against the certified state root.
      SigningKey alice = LocalNet.user(0);
      Address aliceAddress = Address.of(alice.publicKey());
      Address bob = Address.of(LocalNet.user(1).publicKey());
      StateAnswer answer = sources.get(1).account(aliceAddress, OptionalLong.of(later));
      Proven<AccountState> funded =
          ProvenState.account(head, aliceAddress, answer.value(), answer.proof());
      assertEquals(Amount.ofWit(1_000_000), funded.value().balance());
      assertEquals(0, funded.value().nonce());

      // A transfer submitted to one node, tracked to a proven final inclusion.
      Transaction tx = transfer(alice, 0, bob, 25, config);
      Hash32 id = tx.id(config.chainId());
      SubmitResult submitted = sources.get(2).submit(tx);
      assertEquals(new SubmitResult.Accepted(id), submitted);
      TransactionAnswer included = awaitFinalInclusion(sources.get(0), id);
      LightState now = sync.sync(peers, second.state(), p -> {}).state();
      long at = included.height().value();
      assertTrue(
          at <= now.finalHeight().value(), "included at " + at + ", final " + now.finalHeight());
      FinalityProof proof = sources.get(3).finality(at);
      Verdict<LightFault> finality = LightVerifier.verifyFinality(proof, now::set, config);
      assertTrue(finality.isAccepted(), finality::detail);
      Verdict<InclusionFault> inclusion =
          ProvenTransaction.verify(proof.block().body(), id, included, config.chainId());
      assertTrue(inclusion.isAccepted(), inclusion::detail);
      assertEquals(net.nodes.get(0).chain().headers(at, 1).get(0), proof.block());
      Transaction other = transfer(alice, 5, bob, 1, config);
      assertFalse(
          ProvenTransaction.verify(
                  proof.block().body(),
                  other.id(config.chainId()),
                  new TransactionAnswer(
                      other, included.height(), included.index(), included.proof(), true),
                  config.chainId())
              .isAccepted(),
          "another transaction does not verify under that proof");
      assertTrue(attacks.isEmpty());

      throughTheFacade(net, root);
    }
  }

  /** The same through {@link LightClient}: sync, follow, proven account, tracked submission. */
  private void throughTheFacade(LocalNet net, TrustRoot root) throws Exception {
    ChainConfig config = net.genesis.config();
    List<URI> urls = net.urls().stream().map(URI::create).toList();
    List<Long> finals = new CopyOnWriteArrayList<>();
    List<Attack> attacks = new CopyOnWriteArrayList<>();
    LightListener listener =
        new LightListener() {
          @Override
          public void onFinal(LightState state) {
            finals.add(state.finalHeight().value());
          }

          @Override
          public void onAttack(Attack attack) {
            attacks.add(attack);
          }
        };
    ExecutorService worker = Executors.newFixedThreadPool(2);
    try (LightClient client =
        new LightClient(
            LightConfig.of(urls, net.genesis, root).withPollInterval(Duration.ofMillis(200)),
            Clock.systemUTC(),
            worker,
            listener,
            Runnable::run)) {
      SyncOutcome synced = client.sync().get(30, TimeUnit.SECONDS);
      long first = synced.state().finalHeight().value();
      assertEquals(
          net.nodes.get(1).chain().headers(first, 1).get(0),
          synced.state().finalHeader().orElseThrow());

      var following = client.follow();
      NetworkTest.await(
          "the client follows the chain", () -> finals.stream().anyMatch(h -> h > first + 2));
      following.cancel(false);

      SigningKey alice = LocalNet.user(0);
      Address bob = Address.of(LocalNet.user(1).publicKey());
      Proven<AccountState> before =
          client.account(Address.of(alice.publicKey())).get(30, TimeUnit.SECONDS);
      assertEquals(1, before.value().nonce(), "the first transfer used nonce 0");
      Proven<AccountState> bobBefore = client.account(bob).get(30, TimeUnit.SECONDS);
      assertEquals(Amount.ofWit(1_000_025), bobBefore.value().balance());

      Transaction tx = transfer(alice, 1, bob, 7, config);
      TxOutcome outcome = client.submit(tx).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      TxOutcome.Final done = assertInstanceOf(TxOutcome.Final.class, outcome);
      assertEquals(tx.id(config.chainId()), done.id());
      BlockHeader block = net.nodes.get(2).chain().headers(done.height().value(), 1).get(0);
      assertEquals(block.id(config.chainId()), done.blockId());
      Proven<AccountState> bobAfter = client.account(bob).get(30, TimeUnit.SECONDS);
      assertEquals(Amount.ofWit(1_000_032), bobAfter.value().balance());

      TxOutcome replay = client.submit(tx).get(30, TimeUnit.SECONDS);
      TxOutcome.Rejected rejected = assertInstanceOf(TxOutcome.Rejected.class, replay);
      assertEquals("BAD_NONCE", rejected.reason(), rejected.toString());
      assertTrue(attacks.isEmpty());
      assertFalse(client.halted());
    } finally {
      worker.shutdownNow();
    }
  }

  private static Transaction transfer(
      SigningKey from, long nonce, Address to, long wit, ChainConfig config) {
    return Transaction.sign(
        TxBody.of(
            from.publicKey(),
            nonce,
            Amount.ofWit(1),
            System.currentTimeMillis() / 1000 + 600,
            new Transfer(to, Amount.ofWit(wit), Memo.EMPTY)),
        config.chainId(),
        from);
  }

  private static TransactionAnswer awaitFinalInclusion(HttpChainSource peer, Hash32 id)
      throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try {
        TransactionAnswer answer = peer.transaction(id);
        if (answer.claimedFinal()) {
          return answer;
        }
      } catch (PeerException.NotFound e) {
        // not in a block yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("transaction " + id + " is not final after " + PATIENCE);
      }
      Thread.sleep(100);
    }
  }
}
