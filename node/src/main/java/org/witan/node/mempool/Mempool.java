package org.witan.node.mempool;

import java.math.BigInteger;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.chain.Param;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Rejection;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TransactionRules;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.node.chain.TransactionIntake;
import org.witan.node.consensus.TransactionSource;
import org.witan.node.state.CheckedTransaction;
import org.witan.node.state.StateReader;
import org.witan.node.state.TransactionVerifier;

/**
 * The node's transaction pool. Admits a transaction if its stateless rules hold (signatures on this
 * chain, the action's rules, size, expiry window at the clock's time) and, against the newest final
 * state the pool was told of, its sender exists, its nonce is unused and at most {@link
 * MempoolConfig#maxPerSender} ahead, its fee is at least {@code min_fee}, and the sender's balance
 * covers what all its held transactions take ({@link TransactionCost}). A transaction already held
 * is accepted again without a second check.
 *
 * <p>{@link #candidates()} offers, for each sender, the run of held transactions from its next
 * nonce without a gap, in nonce order, merged across senders by fee (then arrival) of each sender's
 * next one: an order a producer applies in sequence. A transaction for a held sender and nonce
 * replaces it if it pays at least {@link MempoolConfig#replacementBumpPercent} more. When the pool
 * is full, the cheapest transaction that no other one needs (a sender's highest nonce) makes room
 * for one that pays more; otherwise the newcomer is refused with {@link StateRejection#POOL_FULL}.
 *
 * <p>Thread-safe: {@link #submit} runs on peer-server threads (signatures are checked before the
 * lock is taken), {@link #candidates}, {@link #rejected} and {@link #onFinalized} on the consensus
 * thread. Listeners hear of each newly accepted transaction on their own executor, after the lock
 * is released.
 */
public final class Mempool implements TransactionSource, TransactionIntake {
  private static final Logger LOG = LoggerFactory.getLogger(Mempool.class);

  /**
   * Producer refusals after which a transaction can never apply on this chain: a stateless rule,
   * its time, evidence, a name or key reserved for good, a fee below a minimum that rose.
   */
  private static final Set<StateRejection> PERMANENT =
      EnumSet.of(
          StateRejection.STATELESS,
          StateRejection.EXPIRED,
          StateRejection.FEE_TOO_LOW,
          StateRejection.INVALID_EVIDENCE,
          StateRejection.EVIDENCE_NOT_APPLICABLE,
          StateRejection.NAME_TAKEN,
          StateRejection.KEY_TAKEN,
          StateRejection.OVERFLOW);

  private final MempoolConfig config;
  private final TransactionVerifier verifier;
  private final ChainId chainId;
  private final StateReader reader;
  private final Clock clock;
  private final List<Registration> listeners = new CopyOnWriteArrayList<>();

  private final Object lock = new Object();
  // Guarded by lock.
  private StateView state;
  private final PoolIndex index = new PoolIndex();
  private long arrivals;

  /**
   * A pool checking against the state under {@code stateRoot} (the newest final block's), with
   * {@code verifier}'s chain id and key cache, reading the time from {@code clock}.
   */
  public Mempool(
      MempoolConfig config,
      TransactionVerifier verifier,
      StateReader reader,
      Hash32 stateRoot,
      Clock clock) {
    this.config = config;
    this.verifier = verifier;
    this.chainId = verifier.chainId();
    this.reader = reader;
    this.clock = clock;
    this.state = new StateView(stateRoot, reader.params(stateRoot));
  }

  /** The state a pool checks against: a root and the parameters under it. */
  private record StateView(Hash32 root, Params params) {}

  private record Registration(Consumer<Transaction> listener, Executor executor) {}

  /**
   * Tells {@code listener}, on {@code executor}, of every transaction newly accepted from now on
   * (replacements included; not those accepted again): the peer layer gossips them.
   */
  public void addListener(Consumer<Transaction> listener, Executor executor) {
    listeners.add(new Registration(listener, executor));
  }

  @Override
  public Verdict<StateRejection> submit(Transaction tx) {
    Hash32 id = tx.id(chainId);
    if (contains(id)) {
      return Verdict.accepted();
    }
    int size = tx.encode().length;
    if (size > Transaction.MAX_SIZE) {
      return Verdict.rejected(
          StateRejection.STATELESS, "a transaction has at most " + Transaction.MAX_SIZE + " bytes");
    }
    CheckedTransaction checked = verifier.check(tx);
    if (!checked.stateless().isAccepted()) {
      Verdict<Rejection> v = checked.stateless();
      return Verdict.rejected(StateRejection.STATELESS, v.reason() + ": " + v.detail());
    }
    long now = nowSeconds();
    Verdict<Rejection> expiry = TransactionRules.checkExpiry(tx.body(), now);
    if (!expiry.isAccepted()) {
      return Verdict.rejected(StateRejection.EXPIRED, expiry.detail());
    }
    StateView seen = currentState();
    AccountState account = reader.account(seen.root(), Address.of(tx.body().sender()));
    Verdict<StateRejection> verdict;
    synchronized (lock) {
      if (!state.equals(seen)) {
        account = reader.account(state.root(), Address.of(tx.body().sender()));
      }
      index.evictExpired(now);
      if (index.get(id) != null) {
        return Verdict.accepted();
      }
      verdict = admit(checked, id, size, account);
    }
    if (verdict.isAccepted()) {
      announce(tx);
    }
    return verdict;
  }

  /** The stateful checks and the admission itself; under the lock. */
  private Verdict<StateRejection> admit(
      CheckedTransaction checked, Hash32 id, int size, AccountState account) {
    Transaction tx = checked.transaction();
    TxBody body = tx.body();
    if (account.isEmpty()) {
      return Verdict.rejected(
          StateRejection.UNKNOWN_ACCOUNT, "no account " + Address.of(body.sender()));
    }
    SenderQueue queue = index.advance(body.sender(), account.nonce());
    long next = account.nonce();
    if (body.nonce() < next) {
      return Verdict.rejected(
          StateRejection.BAD_NONCE, "nonce " + body.nonce() + " is used; the next is " + next);
    }
    if (body.nonce() - next >= config.maxPerSender()) {
      return Verdict.rejected(
          StateRejection.BAD_NONCE,
          "nonce "
              + body.nonce()
              + " is too far ahead of "
              + next
              + ": the pool holds "
              + config.maxPerSender()
              + " nonces per sender");
    }
    Amount minFee = state.params().amount(Param.MIN_FEE);
    if (body.fee().compareTo(minFee) < 0) {
      return Verdict.rejected(
          StateRejection.FEE_TOO_LOW, "a fee of " + body.fee() + " is below " + minFee);
    }
    PoolEntry held = queue == null ? null : queue.get(body.nonce());
    if (held != null) {
      Amount required = replacementFee(held.fee());
      if (body.fee().compareTo(required) < 0) {
        return Verdict.rejected(
            StateRejection.BAD_NONCE,
            "nonce "
                + body.nonce()
                + " is held with a fee of "
                + held.fee()
                + "; a replacement pays at least "
                + required);
      }
    }
    PoolEntry entry;
    try {
      Amount cost = TransactionCost.of(body, state.params());
      Amount total = queue == null ? cost : queue.costExcept(held).plus(cost);
      if (total.compareTo(account.balance()) > 0) {
        return insufficient(total, account.balance());
      }
      entry = new PoolEntry(checked, id, size, arrivals, cost);
    } catch (ArithmeticException e) {
      return insufficient(Amount.MAX, account.balance());
    }
    List<PoolEntry> victims = index.displacedBy(entry, held, config.maxCount(), config.maxBytes());
    if (victims == null) {
      return Verdict.rejected(
          StateRejection.POOL_FULL,
          "the pool holds "
              + index.size()
              + " transactions of "
              + index.bytes()
              + " bytes and none it could drop pays less than "
              + entry.fee());
    }
    arrivals++;
    if (held != null) {
      index.remove(held);
    }
    victims.forEach(index::remove);
    index.add(entry, account.nonce());
    return Verdict.accepted();
  }

  private static Verdict<StateRejection> insufficient(Amount total, Amount balance) {
    return Verdict.rejected(
        StateRejection.INSUFFICIENT_BALANCE,
        "the sender's pending transactions take "
            + total
            + ", more than the balance of "
            + balance);
  }

  /** The least fee that replaces a held one: the bump, and at least one unit more. */
  private Amount replacementFee(Amount held) {
    long units = held.unsignedUnits();
    BigInteger base = new BigInteger(Long.toUnsignedString(units));
    BigInteger bump =
        base.multiply(BigInteger.valueOf(config.replacementBumpPercent()))
            .add(BigInteger.valueOf(99))
            .divide(BigInteger.valueOf(100))
            .max(BigInteger.ONE);
    BigInteger required = base.add(bump);
    if (required.bitLength() > 64) {
      return Amount.MAX;
    }
    return Amount.ofUnsignedUnits(required.longValue());
  }

  @Override
  public Iterable<Transaction> candidates() {
    long now = nowSeconds();
    synchronized (lock) {
      index.evictExpired(now);
      return List.copyOf(index.readyByFee());
    }
  }

  /** The same, with the signature checks done at admission, so the producer does not redo them. */
  @Override
  public Optional<Iterable<CheckedTransaction>> checkedCandidates() {
    long now = nowSeconds();
    synchronized (lock) {
      index.evictExpired(now);
      return Optional.of(index.readyEntriesByFee().stream().map(PoolEntry::checked).toList());
    }
  }

  /**
   * Drops {@code tx} if {@code reason} means it can never apply. Other refusals (a nonce or a
   * balance on the producer's branch) keep it: it may apply on the final chain.
   */
  @Override
  public void rejected(Transaction tx, Verdict<StateRejection> reason) {
    if (reason.isAccepted() || !PERMANENT.contains(reason.reason())) {
      return;
    }
    if (reason.reason() == StateRejection.EXPIRED && tx.body().expiry() >= nowSeconds()) {
      // Too far ahead of a block time just behind the clock: it fits the next block's window.
      return;
    }
    Hash32 id = tx.id(chainId);
    synchronized (lock) {
      PoolEntry entry = index.get(id);
      if (entry != null) {
        index.remove(entry);
      }
    }
  }

  /**
   * Newly final blocks, in height order: the pool now checks against the state after the last,
   * drops the transactions they include and every held one whose nonce they used, and evicts
   * expired ones. Called on one thread, in order.
   */
  public void onFinalized(List<Block> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    Hash32 root = blocks.get(blocks.size() - 1).header().body().stateRoot();
    StateView view = new StateView(root, reader.params(root));
    Set<Hash32> included = new HashSet<>();
    Set<PublicKey> touched = new HashSet<>();
    for (Block block : blocks) {
      for (Transaction tx : block.transactions()) {
        included.add(tx.id(chainId));
        touched.add(tx.body().sender());
      }
    }
    Map<PublicKey, Long> nonces = new HashMap<>();
    for (PublicKey sender : touched) {
      nonces.put(sender, reader.account(root, Address.of(sender)).nonce());
    }
    long now = nowSeconds();
    synchronized (lock) {
      state = view;
      for (Hash32 id : included) {
        PoolEntry entry = index.get(id);
        if (entry != null) {
          index.remove(entry);
        }
      }
      nonces.forEach(index::advance);
      index.evictExpired(now);
    }
  }

  /** True if the pool holds the transaction {@code id}. */
  public boolean contains(Hash32 id) {
    synchronized (lock) {
      return index.get(id) != null;
    }
  }

  /** The number of transactions held. */
  public int size() {
    synchronized (lock) {
      return index.size();
    }
  }

  /** The encoded bytes of the transactions held. */
  public long bytes() {
    synchronized (lock) {
      return index.bytes();
    }
  }

  /**
   * The nonce a wallet gives {@code sender}'s next transaction: the state's next nonce, after the
   * sender's ready transactions in the pool.
   */
  public long nextNonce(PublicKey sender) {
    StateView seen = currentState();
    long stateNonce = reader.account(seen.root(), Address.of(sender)).nonce();
    synchronized (lock) {
      SenderQueue queue = index.advance(sender, stateNonce);
      return queue == null ? stateNonce : queue.nextNonce();
    }
  }

  private StateView currentState() {
    synchronized (lock) {
      return state;
    }
  }

  private long nowSeconds() {
    return Math.floorDiv(clock.millis(), 1000L);
  }

  private void announce(Transaction tx) {
    for (Registration r : listeners) {
      try {
        r.executor().execute(() -> r.listener().accept(tx));
      } catch (RuntimeException e) {
        LOG.warn("a mempool listener failed", e);
      }
    }
  }
}
