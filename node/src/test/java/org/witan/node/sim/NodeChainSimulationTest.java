package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.InclusionProof;
import org.witan.core.merkle.InclusionProofOutcome;
import org.witan.core.merkle.InclusionProofVerifier;
import org.witan.core.merkle.MerkleHash;
import org.witan.core.merkle.SparseMerkleVerifier;
import org.witan.core.merkle.SparseProofOutcome;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateKey;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Amount;
import org.witan.light.peer.StateAnswer;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.LightVerifier;
import org.witan.node.chain.IncludedTransaction;
import org.witan.node.chain.NodeChain;
import org.witan.node.chain.NodeStatus;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2ChainStore;
import org.witan.node.storage.h2.H2HistoryStore;

/**
 * A node's {@link NodeChain} fed by real consensus (the simulated cluster, through a producer-set
 * change) and stored in H2, checked the way a light client and a wallet check it: every answer is
 * verified with the light client's and wallet-core's verifiers against a trust root of genesis.
 */
class NodeChainSimulationTest {
  @TempDir static Path dir;
  private static ChainDatabase db;
  private static NodeChain chain;
  private static FinalChainRun.Recording run;

  @BeforeAll
  static void feedTheChain() throws IOException {
    run = FinalChainRun.recorded();
    db = ChainDatabase.open(dir.resolve("node"));
    chain = open(db);
    run.replay(chain);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static NodeChain open(ChainDatabase database) throws IOException {
    H2ChainStore store = new H2ChainStore(database, run.config(), 0);
    store.initialize(run.genesis());
    return new NodeChain(
        run.config(), run.genesisHash(), store, run.stateNodes(), new H2HistoryStore(database));
  }

  private static ChainConfig config() {
    return run.config();
  }

  /** What a light client trusts after following every epoch change from genesis. */
  private static Map<Long, ProducerSet> followEpochChanges() {
    Map<Long, ProducerSet> sets = new HashMap<>();
    ProducerSet trusted = run.genesis().set();
    sets.put(0L, trusted);
    for (EpochChange change : chain.epochChanges(0, 64)) {
      assertTrue(
          LightVerifier.verifyEpochChange(trusted, change, config()).isAccepted(),
          "epoch change to " + change.toGeneration());
      trusted = change.nextSet();
      sets.put(trusted.generation(), trusted);
    }
    return sets;
  }

  @Test
  void statusFollowsConsensus() {
    NodeStatus status = chain.status();
    BlockEntry finalBlock = run.finalBlock();
    BlockEntry head = run.head();
    assertEquals(finalBlock.height(), status.finalHeight());
    assertEquals(finalBlock.id(), status.finalId());
    assertEquals(head.id(), status.headId());
    assertEquals(head.generation(), status.generation());
    assertEquals(0, status.oldestBlock().value(), "nothing pruned");
    assertEquals(run.genesisHash(), status.genesisHash());
    assertTrue(status.finalHeight().value() >= FinalChainRun.EPOCH + 10, "" + status);
  }

  @Test
  void theSetChangeIsServedAsAnEpochChangeThatVerifies() {
    Map<Long, ProducerSet> sets = followEpochChanges();
    assertTrue(sets.containsKey(1L), "generation 1 reached a light client: " + sets.keySet());
    assertEquals(List.of(), chain.epochChanges(sets.size() - 1, 64), "nothing past the last");
  }

  @Test
  void everyFinalHeightHasAFinalityProofThatVerifies() {
    Map<Long, ProducerSet> sets = followEpochChanges();
    long tip = chain.status().finalHeight().value();
    FinalityProof latest = chain.latestFinality().orElseThrow();
    assertTrue(
        LightVerifier.verifyFinality(latest, g -> Optional.ofNullable(sets.get(g)), config())
            .isAccepted());
    assertEquals(tip, latest.block().body().height().value());
    int missing = 0;
    for (long h = 1; h <= tip; h++) {
      Optional<FinalityProof> proof = chain.finality(h);
      if (proof.isEmpty()) {
        missing++;
        continue;
      }
      assertTrue(
          LightVerifier.verifyFinality(proof.get(), g -> Optional.ofNullable(sets.get(g)), config())
              .isAccepted(),
          "finality of " + h);
      assertEquals(chain.headers(h, 1).get(0), proof.get().block(), "the proof is of height " + h);
    }
    System.out.printf("finality proofs: %d of %d final heights%n", tip - missing, tip);
    assertTrue(missing * 10L <= tip, missing + " heights without a proof of their own");
    assertTrue(chain.finality(tip + 1).isEmpty());
  }

  @Test
  void headersChainAndEveryHistoryProofVerifies() {
    long tip = chain.status().finalHeight().value();
    List<BlockHeader> headers = chain.headers(0, 512);
    assertEquals(tip + 1, headers.size());
    for (int h = 1; h < headers.size(); h++) {
      assertEquals(headers.get(h - 1).id(config().chainId()), headers.get(h).body().parent());
    }
    for (long size = 1; size <= tip; size += 7) {
      Hash32 root = headers.get((int) size).body().historyRoot();
      for (long h = 0; h < size; h += 3) {
        InclusionProof proof = chain.history(h, size).orElseThrow();
        Hash32 leaf = MerkleHash.listLeaf(headers.get((int) h).id(config().chainId()));
        assertEquals(
            InclusionProofOutcome.VALID,
            InclusionProofVerifier.verify(root, size, h, leaf, proof),
            h + " in " + size);
      }
    }
    assertTrue(chain.history(0, tip + 1).isEmpty(), "no final header at that size yet");
  }

  @Test
  void blocksByHeightAndIdAgreeAndTheBestBranchIsServedById() {
    long tip = chain.status().finalHeight().value();
    for (long h = 0; h <= tip; h++) {
      var block = chain.block(h).orElseThrow();
      assertEquals(Optional.of(block), chain.block(block.header().id(config().chainId())));
    }
    BlockEntry head = run.head();
    if (head.height().value() > tip) {
      assertEquals(Optional.of(head.block()), chain.block(head.id()));
    }
    assertTrue(chain.block(Keys.hashOf("no such block")).isEmpty());
  }

  @Test
  void accountStateIsProvenAgainstACertifiedStateRoot() throws Exception {
    Map<Long, ProducerSet> sets = followEpochChanges();
    FinalityProof latest = chain.latestFinality().orElseThrow();
    assertTrue(
        LightVerifier.verifyFinality(latest, g -> Optional.ofNullable(sets.get(g)), config())
            .isAccepted());
    Hash32 root = latest.block().body().stateRoot();
    Hash32 key = StateKey.account(Address.of(SimGenesis.voter(0).publicKey()));
    StateAnswer entry = chain.state(key, Optional.empty()).orElseThrow();
    byte[] value = entry.value().orElseThrow();
    assertEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verifyInclusion(root, key, value, entry.proof()));
    assertEquals(
        Amount.ofWit(20_000), AccountState.CODEC.decode(value).staked(), "the voter staked");

    Hash32 absent = StateKey.account(Address.of(Keys.labelled("never funded").publicKey()));
    StateAnswer none = chain.state(absent, Optional.of(5L)).orElseThrow();
    assertTrue(none.value().isEmpty());
    Hash32 root5 = chain.headers(5, 1).get(0).body().stateRoot();
    assertEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verifyExclusion(root5, absent, none.proof()));
    assertTrue(chain.state(key, Optional.of(latest.block().body().height().value() + 1)).isEmpty());
  }

  @Test
  void includedTransactionsAreProvenInTheirBlocksTransactionRoot() {
    for (Transaction tx : run.submitted()) {
      Hash32 id = tx.id(config().chainId());
      IncludedTransaction included = chain.transaction(id).orElseThrow();
      assertEquals(tx, included.transaction());
      assertTrue(included.isFinal());
      BlockHeader header = chain.headers(included.height().value(), 1).get(0);
      assertEquals(
          InclusionProofOutcome.VALID,
          InclusionProofVerifier.verify(
              header.body().txRoot(),
              header.body().txCount(),
              included.index(),
              MerkleHash.listLeaf(tx.encode()),
              included.proof()));
    }
    assertFalse(chain.transaction(Keys.hashOf("no such tx")).isPresent());
  }

  @Test
  void aReopenedStoreServesTheSameFinalTip() throws IOException {
    NodeStatus before = chain.status();
    Path copy = dir.resolve("copy");
    try (ChainDatabase other = ChainDatabase.open(copy)) {
      run.replay(open(other));
    }
    try (ChainDatabase reopened = ChainDatabase.open(copy)) {
      NodeChain again = open(reopened);
      assertEquals(before.finalHeight(), again.status().finalHeight());
      assertEquals(before.finalId(), again.status().finalId());
      assertEquals(chain.latestFinality(), again.latestFinality());
      assertEquals(chain.epochChanges(0, 64), again.epochChanges(0, 64));
      assertEquals(chain.headers(0, 512), again.headers(0, 512));
    }
  }
}
