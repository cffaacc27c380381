package org.witan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
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
import org.witan.core.tx.Memo;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.state.BlockContext;
import org.witan.node.state.BlockOutcome;
import org.witan.node.state.BlockSession;
import org.witan.node.state.CheckedTransaction;
import org.witan.node.state.GenesisOutcome;
import org.witan.node.state.PublicKeyCache;
import org.witan.node.state.TransactionVerifier;
import org.witan.node.state.TreeStateMachine;

/**
 * Block execution as a validator does it: a block of {@value #BLOCK} signed transfers from as many
 * distinct senders to random recipients arrives as bytes; it is decoded, its transactions'
 * stateless rules (one Ed25519 verification each) are checked in two slices on a 2-thread pool,
 * then they are applied in order on a state of {@value #ACCOUNTS} funded accounts, and the block's
 * changes are written to the state tree as one batch. The score is transactions per second.
 *
 * <p>{@code cachedKeys}: every sender's decoded public key is already in the node's {@link
 * PublicKeyCache} (accounts seen before). {@code freshKeys}: an empty cache for every block, so
 * every key costs point decompression and the order check, about one more verification. {@code
 * applyOnly}: the sequential part alone (transactions checked beforehand), what the second core
 * cannot help with. Bounded by Ed25519: read against {@code Ed25519Bench.verify} run alongside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BlockExecutionBench {
  static final int ACCOUNTS = 100_000;
  static final int BLOCK = 2_000;
  private static final int FUNDING_BLOCK = 5_000;
  private static final long GENESIS_MILLIS = 1_767_225_600_000L;

  private final ChainConfig config =
      new ChainConfig(Fixtures.CHAIN, Network.DEV, GENESIS_MILLIS, 500, 2, 1, 1_000_000);
  private final InMemoryNodeStore store = new InMemoryNodeStore();
  private ExecutorService pool;
  private TransactionVerifier warmVerifier;
  private TreeStateMachine machine;
  private ProducerSet set;
  private Hash32 root;
  private long height;
  private List<byte[]> block;
  private List<CheckedTransaction> checked;

  @Setup(Level.Trial)
  public void setUp() throws DecodingException {
    pool = Executors.newFixedThreadPool(2);
    warmVerifier = new TransactionVerifier(Fixtures.CHAIN, new PublicKeyCache(2 * ACCOUNTS));
    machine = new TreeStateMachine(config, store, warmVerifier);
    List<SigningKey> keys = new ArrayList<>(ACCOUNTS);
    for (int i = 0; i < ACCOUNTS; i++) {
      keys.add(SigningKey.fromSeed(Fixtures.hash(1_000_000 + i).bytes()));
    }
    GenesisOutcome genesis = machine.genesis(genesis(keys));
    root = genesis.stateRoot();
    set = genesis.initialSet();
    // The accounts past the genesis limit are funded by transfers from the first ones.
    int funded = Genesis.MAX_ACCOUNTS;
    while (funded < ACCOUNTS) {
      List<Transaction> txs = new ArrayList<>();
      for (int i = funded; i < Math.min(ACCOUNTS, funded + FUNDING_BLOCK); i++) {
        int from = i - Genesis.MAX_ACCOUNTS;
        txs.add(transfer(keys.get(from), 0, address(keys.get(i)), Amount.ofWit(1_000)));
      }
      execute(warmVerifier, encodeAll(txs));
      funded += txs.size();
    }
    // The measured block: distinct senders (none used above), random recipients.
    Random random = new Random(42);
    List<Transaction> txs = new ArrayList<>(BLOCK);
    for (int i = 0; i < BLOCK; i++) {
      SigningKey sender = keys.get(ACCOUNTS - 1 - i);
      Address to = address(keys.get(random.nextInt(ACCOUNTS)));
      txs.add(transfer(sender, 0, to, Amount.ofUnits(1 + random.nextInt(1_000_000))));
    }
    block = encodeAll(txs);
    checked = warmVerifier.checkAll(decodeAll(block), pool, 2);
    // Warm the cache with every account's key, as a node that has seen them all.
    for (SigningKey key : keys) {
      warmVerifier.check(transfer(key, 0, address(key), Amount.ofUnits(1)));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  private Genesis genesis(List<SigningKey> keys) {
    List<GenesisAccount> accounts = new ArrayList<>();
    for (int i = 0; i < Genesis.MAX_ACCOUNTS; i++) {
      accounts.add(new GenesisAccount(address(keys.get(i)), Amount.ofWit(100_000), Amount.ZERO));
    }
    SigningKey owner = keys.get(0);
    accounts.sort(null);
    RegisterTeam team =
        new RegisterTeam(
            new TeamName("bench"),
            Owners.solo(owner.publicKey()),
            Fixtures.key(2000).publicKey(),
            Optional.empty(),
            Fixtures.key(1000).publicKey(),
            List.of(
                new Partner(
                    address(owner),
                    Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
                    Optional.of(Endpoint.of("https://seed.bench.example")),
                    10_000)),
            1_000,
            Amount.ofWit(1_000));
    return new Genesis(config, Params.devnetDefaults(), accounts, List.of(team));
  }

  private static Address address(SigningKey key) {
    return Address.of(key.publicKey());
  }

  private Transaction transfer(SigningKey from, long nonce, Address to, Amount amount) {
    long expiry = config.blockTimeSeconds(Slot.of(height + 1)) + 1_800;
    TxBody body =
        TxBody.of(
            from.publicKey(),
            nonce,
            Amount.ofUnits(1_000),
            expiry,
            new Transfer(to, amount, Memo.EMPTY));
    return Transaction.sign(body, Fixtures.CHAIN, from);
  }

  private static List<byte[]> encodeAll(List<Transaction> txs) {
    List<byte[]> out = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      out.add(tx.encode());
    }
    return out;
  }

  private static List<Transaction> decodeAll(List<byte[]> bytes) throws DecodingException {
    List<Transaction> out = new ArrayList<>(bytes.size());
    for (byte[] b : bytes) {
      out.add(Transaction.CODEC.decode(b));
    }
    return out;
  }

  private BlockContext next() {
    return new BlockContext(
        root,
        Height.of(height + 1),
        Slot.of(height + 1),
        Slot.of(height),
        TeamId.of(1),
        set,
        h -> Optional.empty());
  }

  /** Funding blocks: committed, the chain moves on. */
  private void execute(TransactionVerifier verifier, List<byte[]> bytes) throws DecodingException {
    BlockOutcome outcome = run(verifier.checkAll(decodeAll(bytes), pool, 2));
    root = outcome.stateRoot();
    height++;
  }

  private BlockOutcome run(List<CheckedTransaction> txs) {
    BlockSession session = machine.begin(next());
    for (CheckedTransaction tx : txs) {
      Verdict<StateRejection> verdict = session.apply(tx);
      if (!verdict.isAccepted()) {
        throw new IllegalStateException("a benchmark transaction was refused: " + verdict);
      }
    }
    return session.finish();
  }

  /** Decode, check on two threads with every key cached, apply, commit: the block on its parent. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public BlockOutcome cachedKeys() throws DecodingException {
    return run(warmVerifier.checkAll(decodeAll(block), pool, 2));
  }

  /**
   * Cached keys, pipelined: slices of 100 are checked on the pool while the calling thread applies
   * the slices already checked, so applying overlaps checking.
   */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public BlockOutcome cachedKeysPipelined() throws DecodingException {
    BlockSession session = machine.begin(next());
    for (var slice : warmVerifier.submit(decodeAll(block), pool, 100)) {
      for (CheckedTransaction tx : slice.join()) {
        Verdict<StateRejection> verdict = session.apply(tx);
        if (!verdict.isAccepted()) {
          throw new IllegalStateException("a benchmark transaction was refused: " + verdict);
        }
      }
    }
    return session.finish();
  }

  /** The same with an empty key cache: every sender's key is decoded and checked first. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public BlockOutcome freshKeys() throws DecodingException {
    TransactionVerifier cold =
        new TransactionVerifier(Fixtures.CHAIN, new PublicKeyCache(2 * BLOCK));
    return run(cold.checkAll(decodeAll(block), pool, 2));
  }

  /** Only the sequential part: apply the checked transactions in order and commit. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public BlockOutcome applyOnly() {
    return run(checked);
  }
}
