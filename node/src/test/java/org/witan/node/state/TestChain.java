package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Globals;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Action;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * A chain run by a {@link TreeStateMachine} on an in-memory store, for tests: a genesis of funded
 * accounts and teams ({@link TestGenesis}), blocks produced in consecutive slots (or with missed
 * slots in between) by the scheduled team, transactions signed with real Ed25519 keys and the next
 * nonce. An elected set becomes active right after the block announcing it, as if final at once.
 */
final class TestChain {
  static final ChainId CHAIN = ChainId.of("witan-state-test");

  /** 2026-01-01T00:00:00Z. */
  static final long GENESIS_MILLIS = 1_767_225_600_000L;

  /** The fee every test transaction pays: 0.001 WIT. */
  static final Amount FEE = Amount.ofUnits(100_000);

  final ChainConfig config;
  final Genesis genesis;
  final InMemoryNodeStore store = new InMemoryNodeStore();
  final TreeStateMachine machine;
  final StateReader reader = new StateReader(store);
  final Map<Long, Hash32> blockIds = new HashMap<>();
  private final Map<Address, Long> pendingNonces = new HashMap<>();

  Hash32 root;
  long height;
  long slot;
  ProducerSet active;

  /**
   * Whether an announced set becomes active at the next block (finality keeps up), or stays pending
   * until a test activates it (finality stalled).
   */
  boolean activateAnnouncedSets = true;

  /** The newest set announced and not yet active, while {@link #activateAnnouncedSets} is off. */
  Optional<ProducerSet> pending = Optional.empty();

  /** The outcome of the last block. */
  BlockOutcome last;

  TestChain(Genesis genesis) {
    this.config = genesis.config();
    this.genesis = genesis;
    this.machine = new TreeStateMachine(config, store);
    GenesisOutcome outcome = machine.genesis(genesis);
    this.root = outcome.stateRoot();
    this.active = outcome.initialSet();
    blockIds.put(0L, Keys.hashOf("block 0"));
  }

  static ChainConfig config(int producers, int epochLength) {
    return new ChainConfig(CHAIN, Network.DEV, GENESIS_MILLIS, 500, 2, producers, epochLength);
  }

  /** A genesis of {@code teams} teams, the first {@code producers} in set 0, and funded users. */
  static TestChain start(int producers, int teams, int epochLength, ParameterChange... params) {
    return new TestChain(TestGenesis.genesis(config(producers, epochLength), teams, params));
  }

  /** Four producers among six teams, 20-block epochs, devnet parameters. */
  static TestChain standard() {
    return start(4, 6, 20);
  }

  // ---- reading

  AccountState account(SigningKey key) {
    return account(Address.of(key.publicKey()));
  }

  AccountState account(Address address) {
    return reader.account(root, address);
  }

  TeamState team(long id) {
    return reader.team(root, TeamId.of(id)).orElseThrow();
  }

  Globals globals() {
    return reader.globals(root);
  }

  Params params() {
    return reader.params(root);
  }

  /** Unix seconds of the next block (one slot after the last). */
  long nextTime() {
    return config.blockTimeSeconds(Slot.of(slot + 1));
  }

  // ---- transactions

  /**
   * A transaction from {@code sender} with its next nonce (counting ones signed for this block).
   */
  Transaction tx(SigningKey sender, Action action, SigningKey... cosigners) {
    Address address = Address.of(sender.publicKey());
    long nonce = pendingNonces.getOrDefault(address, account(address).nonce());
    pendingNonces.put(address, nonce + 1);
    return sign(sender, nonce, FEE, action, cosigners);
  }

  /** Forgets the last nonce handed to {@code sender}: its transaction was refused. */
  void forgetPending(SigningKey sender) {
    Address address = Address.of(sender.publicKey());
    pendingNonces.computeIfPresent(address, (a, n) -> n - 1);
  }

  /** A transaction with the given nonce and fee, not counted as pending. */
  Transaction sign(
      SigningKey sender, long nonce, Amount fee, Action action, SigningKey... cosigners) {
    List<org.witan.core.crypto.PublicKey> keys = new ArrayList<>();
    for (SigningKey k : cosigners) {
      keys.add(k.publicKey());
    }
    keys.sort(null);
    TxBody body = new TxBody(sender.publicKey(), nonce, fee, nextTime() + 600, keys, action);
    return Transaction.sign(body, CHAIN, sender, cosigners);
  }

  // ---- blocks

  BlockContext nextContext(long skipped) {
    long nextSlot = slot + 1 + skipped;
    return new BlockContext(
        root,
        Height.of(height + 1),
        Slot.of(nextSlot),
        Slot.of(slot),
        active.scheduledAt(Slot.of(nextSlot), config.blocksPerTurn()).team(),
        active,
        h -> Optional.ofNullable(blockIds.get(h)));
  }

  /** A block in the next slot whose transactions must all apply. */
  BlockOutcome block(Transaction... txs) {
    return blockAfter(0, txs);
  }

  /** A block after {@code skipped} empty slots whose transactions must all apply. */
  BlockOutcome blockAfter(long skipped, Transaction... txs) {
    BlockSession session = machine.begin(nextContext(skipped));
    for (Transaction tx : txs) {
      Verdict<StateRejection> verdict = session.apply(tx);
      assertTrue(verdict.isAccepted(), () -> "transaction refused: " + verdict);
    }
    return commit(session, skipped);
  }

  /** Commits a session begun with {@code nextContext(skipped)}. */
  BlockOutcome commit(BlockSession session, long skipped) {
    BlockOutcome outcome = session.finish();
    height++;
    slot += 1 + skipped;
    root = outcome.stateRoot();
    blockIds.put(height, Keys.hashOf("block " + height + " " + root));
    pendingNonces.clear();
    if (activateAnnouncedSets) {
      outcome.nextSet().ifPresent(set -> active = set);
    } else if (outcome.nextSet().isPresent()) {
      pending = outcome.nextSet();
    }
    last = outcome;
    return outcome;
  }

  /** The next block, in the first slot not scheduled for {@code team}: the team misses its own. */
  BlockOutcome blockAvoiding(long team, Transaction... txs) {
    long skipped = 0;
    while (active.scheduledAt(Slot.of(slot + 1 + skipped), config.blocksPerTurn()).team().value()
        == team) {
      skipped++;
    }
    return blockAfter(skipped, txs);
  }

  /** Empty blocks until {@code target} height. */
  void advanceTo(long target) {
    while (height < target) {
      block();
    }
  }

  /** Empty blocks until the block at height {@code h} where {@code h mod epochLength == 0}. */
  void advanceToEpochEnd() {
    advanceTo((height / config.epochLength() + 1) * config.epochLength());
  }

  /**
   * Applies {@code tx} alone in a block on the current state and returns the verdict, without
   * keeping the block. The state stays as it was.
   */
  Verdict<StateRejection> attempt(Transaction tx) {
    pendingNonces.clear();
    BlockSession session = machine.begin(nextContext(0));
    return session.apply(tx);
  }

  /** {@code tx} is refused with {@code reason} and changes nothing. */
  void assertRefused(StateRejection reason, Transaction tx) {
    Hash32 before = root;
    Verdict<StateRejection> verdict = attempt(tx);
    assertTrue(!verdict.isAccepted(), () -> "expected " + reason + ", was accepted");
    assertEquals(reason, verdict.reason(), verdict::detail);
    assertEquals(before, root);
  }

  /** The genesis of registered teams, for tests that name them. */
  RegisterTeam genesisTeam(int id) {
    return genesis.teams().get(id - 1);
  }

  static List<GenesisAccount> sorted(List<GenesisAccount> accounts) {
    List<GenesisAccount> copy = new ArrayList<>(accounts);
    copy.sort(null);
    return copy;
  }
}
