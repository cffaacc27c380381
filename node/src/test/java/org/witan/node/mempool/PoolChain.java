package org.witan.node.mempool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.block.Block;
import org.witan.core.block.BlockRules;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Action;
import org.witan.core.tx.Memo;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.state.BlockContext;
import org.witan.node.state.BlockOutcome;
import org.witan.node.state.BlockSession;
import org.witan.node.state.StateReader;
import org.witan.node.state.TreeStateMachine;

/**
 * A chain for pool tests, built like {@code org.witan.node.state.TestChain}: a genesis of funded
 * users {@code user(i)} (1,000 WIT each) and four teams, a {@link TreeStateMachine} on an in-memory
 * store, real Ed25519 signatures, blocks in consecutive slots by the scheduled team, and a clock
 * the test moves.
 */
final class PoolChain {
  static final ChainId CHAIN = ChainId.of("witan-pool-test");

  /** 2026-01-01T00:00:00Z. */
  static final long GENESIS_MILLIS = 1_767_225_600_000L;

  static final Amount FUNDS = Amount.ofWit(1_000);
  static final int USERS = 8;
  static final int TEAMS = 4;

  /** devnet's min_fee is 1,000 units. */
  static final long MIN_FEE = 1_000;

  final ChainConfig config = new ChainConfig(CHAIN, Network.DEV, GENESIS_MILLIS, 500, 2, TEAMS, 20);
  final InMemoryNodeStore store = new InMemoryNodeStore();
  final TreeStateMachine machine = new TreeStateMachine(config, store);
  final StateReader reader = new StateReader(store);
  final TestClock clock = new TestClock(GENESIS_MILLIS);
  final ProducerSet active;
  Hash32 root;
  long height;
  long slot;
  Hash32 lastId = Hash32.ZERO;

  PoolChain() {
    List<GenesisAccount> accounts = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      accounts.add(new GenesisAccount(Address.of(user(i).publicKey()), FUNDS, Amount.ZERO));
    }
    List<RegisterTeam> teams = new ArrayList<>();
    for (int t = 1; t <= TEAMS; t++) {
      accounts.add(new GenesisAccount(Address.of(owner(t).publicKey()), FUNDS, Amount.ZERO));
      teams.add(team(t));
    }
    accounts.sort(null);
    var outcome = machine.genesis(new Genesis(config, Params.devnetDefaults(), accounts, teams));
    root = outcome.stateRoot();
    active = outcome.initialSet();
  }

  static SigningKey user(int i) {
    return Keys.labelled("pool user " + i);
  }

  static SigningKey owner(int t) {
    return Keys.labelled("pool owner " + t);
  }

  static SigningKey signer(int t) {
    return Keys.labelled("pool signer " + t);
  }

  private static RegisterTeam team(int t) {
    SigningKey partner = Keys.labelled("pool partner " + t);
    return new RegisterTeam(
        new TeamName("team-" + t),
        Owners.solo(owner(t).publicKey()),
        signer(t).publicKey(),
        Optional.empty(),
        Keys.labelled("pool attester " + t).publicKey(),
        List.of(
            new Partner(
                Address.of(partner.publicKey()),
                Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
                Optional.of(Endpoint.of("https://seed.team-" + t + ".example")),
                10_000)),
        1_000,
        Amount.ofWit(100));
  }

  Mempool pool(MempoolConfig poolConfig) {
    return new Mempool(poolConfig, machine.verifier(), reader, root, clock);
  }

  Mempool pool() {
    return pool(MempoolConfig.DEFAULTS);
  }

  long nowSeconds() {
    return clock.millis() / 1000;
  }

  /** A transfer of one unit from {@code user(from)} to {@code user(7)}, expiring in 600 s. */
  Transaction transfer(int from, long nonce, long fee) {
    return transfer(from, nonce, fee, Amount.ofUnits(1));
  }

  Transaction transfer(int from, long nonce, long fee, Amount amount) {
    return sign(
        user(from),
        nonce,
        fee,
        nowSeconds() + 600,
        new Transfer(Address.of(user(7).publicKey()), amount, Memo.EMPTY));
  }

  Transaction sign(SigningKey sender, long nonce, long fee, long expiry, Action action) {
    TxBody body = TxBody.of(sender.publicKey(), nonce, Amount.ofUnits(fee), expiry, action);
    return Transaction.sign(body, CHAIN, sender);
  }

  /**
   * The next block, in the next slot, with {@code txs} (each must apply); the clock moves to its
   * slot's time.
   */
  Block block(List<Transaction> txs) {
    Slot next = Slot.of(slot + 1);
    TeamId producer = active.scheduledAt(next, config.blocksPerTurn()).team();
    BlockSession session =
        machine.begin(
            new BlockContext(
                root,
                Height.of(height + 1),
                next,
                Slot.of(slot),
                producer,
                active,
                h -> Optional.empty()));
    for (Transaction tx : txs) {
      Verdict<StateRejection> verdict = session.apply(tx);
      assertTrue(verdict.isAccepted(), () -> "refused: " + verdict);
    }
    BlockOutcome outcome = session.finish();
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            Height.of(height + 1),
            next,
            lastId,
            producer,
            BlockRules.txRoot(txs),
            txs.size(),
            outcome.stateRoot(),
            Hash32.ZERO,
            active.generation(),
            active.hash(CHAIN),
            active.hash(CHAIN),
            QcClaim.GENESIS);
    Block block =
        new Block(
            BlockHeader.sign(body, CHAIN, signer((int) producer.value())),
            txs,
            List.of(),
            Optional.empty());
    height++;
    slot = next.value();
    root = outcome.stateRoot();
    lastId = block.header().id(CHAIN);
    clock.set(config.slotStartMillis(next));
    return block;
  }

  /** A clock a test sets. */
  static final class TestClock extends Clock {
    private final java.util.concurrent.atomic.AtomicLong millis;

    TestClock(long millis) {
      this.millis = new java.util.concurrent.atomic.AtomicLong(millis);
    }

    void set(long newMillis) {
      millis.set(newMillis);
    }

    void advanceSeconds(long seconds) {
      millis.addAndGet(seconds * 1000);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public long millis() {
      return millis.get();
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }
  }
}
