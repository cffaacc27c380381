package org.witan.light.client;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.merkle.InclusionProof;
import org.witan.core.merkle.InclusionProofOutcome;
import org.witan.core.merkle.InclusionProofVerifier;
import org.witan.core.merkle.MerkleHash;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateKey;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Transaction;
import org.witan.light.follow.FollowListener;
import org.witan.light.follow.FollowMode;
import org.witan.light.follow.HeadCheck;
import org.witan.light.follow.HeadFollower;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.Pause;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.PeerView;
import org.witan.light.peer.StateAnswer;
import org.witan.light.peer.TransactionAnswer;
import org.witan.light.query.InclusionFault;
import org.witan.light.query.ProofException;
import org.witan.light.query.Proven;
import org.witan.light.query.ProvenState;
import org.witan.light.query.ProvenTransaction;
import org.witan.light.store.LightStore;
import org.witan.light.sync.LightState;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.witness.Attack;
import org.witan.light.witness.EvidenceBroadcast;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;
import org.witan.light.witness.WitnessedSync;

/**
 * A light client over HTTP peers: witnessed skipping sync from a trust root, proven account state,
 * and transactions tracked to a proven final inclusion. Every blocking step runs on the {@code
 * worker} executor the caller gives, and every method returns a future that ends either with the
 * value or with the failure, split by what the caller can do: {@link PeerException} (no peer
 * answered, or none has it), {@link StaleTrustException} (confirm a newer checkpoint), {@link
 * HaltedException} (an attack: trust nothing). Listeners are called on the {@code
 * listenerExecutor}. One sync runs at a time; {@link #follow} adds a head follower with its own
 * thread. {@link #close} stops following and closes the HTTP transport.
 */
public final class LightClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LightClient.class);

  /** At most this many peers, configured and learned by peer exchange. */
  public static final int MAX_PEERS = PeerDiscovery.MAX_PEERS;

  /**
   * Discovery starts after the first sync and every this many syncs after; a head follower's
   * cross-checks with witnesses count as syncs.
   */
  static final int SYNCS_PER_DISCOVERY = 10;

  private final LightConfig config;
  private final Clock clock;
  private final Executor worker;
  private final LightListener listener;
  private final Executor listenerExecutor;
  private final HttpTransport transport;
  private final PeerSet<HttpChainSource> peers;
  private final WitnessedSync sync;
  private final TxOffers<HttpChainSource> offers;
  private final PeerDiscovery discovery;
  private final StateKeeper keeper;
  private final Object syncLock = new Object();
  private final Object stateLock = new Object();
  private final Set<Following> following = ConcurrentHashMap.newKeySet();
  private int syncsSinceDiscovery; // guarded by stateLock
  private volatile LightState state;
  private volatile boolean closed;

  /** A blocking step that fails only in the ways this client reports. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws PeerException, StaleTrustException, HaltedException;
  }

  /**
   * @param worker runs every blocking step (HTTP requests, verification)
   * @param listenerExecutor runs every {@link LightListener} call
   */
  public LightClient(
      LightConfig config,
      Clock clock,
      Executor worker,
      LightListener listener,
      Executor listenerExecutor) {
    this(config, clock, worker, listener, listenerExecutor, Optional.empty());
  }

  /**
   * A client that keeps its verified state in {@code store} between runs: it starts from what the
   * store holds (the trust root a person confirmed last, the producer sets and the newest final
   * block it verified), and saves a newer state at most every ten seconds, at every new producer
   * set, and at {@link #close}. A store that cannot be read or written is logged and the client
   * goes on from memory; a corrupt file is moved aside and the client starts from {@code config}'s
   * trust root. An attack is written down too: a client that halted starts halted, until a person
   * clears it ({@link LightStore#clearAttack}).
   *
   * @param worker runs every blocking step (HTTP requests, verification)
   * @param listenerExecutor runs every {@link LightListener} call
   */
  public LightClient(
      LightConfig config,
      Clock clock,
      Executor worker,
      LightListener listener,
      Executor listenerExecutor,
      Optional<LightStore> store) {
    this.config = config;
    this.clock = clock;
    this.worker = worker;
    this.listener = listener;
    this.listenerExecutor = listenerExecutor;
    this.transport = new HttpTransport(config.limits());
    List<HttpChainSource> sources = new ArrayList<>();
    config.peers().forEach(u -> sources.add(transport.peer(u, config.chain().network())));
    this.peers =
        new PeerSet<>(sources, config.policy(), clock, new SplittableRandom(), Pause.SLEEP);
    this.offers = new TxOffers<>(peers, worker);
    this.discovery =
        new PeerDiscovery(
            config.peers(),
            peers,
            transport,
            config.chain().network(),
            worker,
            () -> state.finalHeader());
    this.sync =
        new WitnessedSync(
            config.chain(),
            config.trustingPeriodSeconds(),
            clock,
            this::attacked,
            listenerExecutor);
    this.keeper = new StateKeeper(store, config.chain().chainId(), clock);
    this.state = keeper.start(config.root(), config.trustingPeriodSeconds());
    keeper.storedAttack().ifPresent(sync::restoreHalt);
  }

  /** The newest verified and cross-checked state (the trust root alone before the first sync). */
  public LightState state() {
    return state;
  }

  /** Whether an attack was found: nothing is final any more. */
  public boolean halted() {
    return sync.halted();
  }

  /** The peers as the client sees them (scores, backoffs, bans). */
  public List<PeerView> peers() {
    return peers.view();
  }

  /** One witnessed sync to the newest final block the peers prove. */
  public CompletableFuture<SyncOutcome> sync() {
    return async(this::syncNow);
  }

  /**
   * Syncs once (witnessed), then follows the head on the finality stream of the peer the sync came
   * from ({@link HeadFollower}: every head verified, polling while the stream is down, a
   * cross-check with witnesses every {@link org.witan.light.follow.FollowPolicy#crossCheckEvery}
   * heads and at every new producer set). Each new head becomes the client's {@link #state} and
   * reaches {@link LightListener#onFinal}; {@link LightListener#onFollow} tells how it is followed.
   * When the followed peer fails for good (it keeps failing with no new head, or is banned) the
   * client syncs again and follows another peer; a failed sync is retried after the poll interval.
   * The future completes normally once cancelled or the client is closed (the follower stops), and
   * with {@link HaltedException} or {@link StaleTrustException} if an attack halts the client or
   * the trust is stale.
   */
  public CompletableFuture<Void> follow() {
    if (closed) {
      return CompletableFuture.completedFuture(null);
    }
    Following one = new Following(new FollowHost(), peers, worker);
    following.add(one);
    CompletableFuture<Void> done = one.start();
    CompletableFuture<?> unused = done.whenComplete((v, failure) -> following.remove(one));
    if (closed) {
      one.close();
    }
    return done;
  }

  /** What a {@link Following} uses of this client. */
  private final class FollowHost implements Following.Host {
    @Override
    public CompletableFuture<SyncOutcome> sync() {
      return LightClient.this.sync();
    }

    @Override
    public HeadFollower follower(HttpChainSource peer, FollowListener events) {
      return new HeadFollower(
          config.chain(),
          config.trustingPeriodSeconds(),
          clock,
          peer,
          transport.finalityStream(URI.create(peer.name())),
          HeadCheck.witnessed(sync, peers, peer.name()),
          config.follow(),
          events,
          Runnable::run);
    }

    @Override
    public LightState state() {
      return state;
    }

    @Override
    public void followed(LightState next) {
      advance(next);
    }

    @Override
    public void crossChecked(SyncOutcome outcome) {
      LOG.debug(
          "head {} confirmed by {}", outcome.state().finalHeight().value(), outcome.confirmedBy());
      countTowardDiscovery();
    }

    @Override
    public void mode(String peer, FollowMode mode) {
      listenerExecutor.execute(() -> listener.onFollow(peer, mode));
    }

    @Override
    public void later(Runnable step) {
      LightClient.this.later(step);
    }
  }

  /**
   * The state of {@code address} after the newest final block, proven against that block's state
   * root (syncing first if no block beyond the trust root is known final).
   */
  public CompletableFuture<Proven<AccountState>> account(Address address) {
    return async(() -> accountAt(address, finalHeader()));
  }

  /**
   * A producer team after the newest final block (rank inputs: votes, commission, produced and
   * missed blocks, partners and roles), proven; empty if there is no such team.
   */
  public CompletableFuture<Proven<Optional<TeamState>>> team(TeamId team) {
    return async(
        () ->
            proven(StateKey.team(team), (h, a) -> ProvenState.team(h, team, a.value(), a.proof())));
  }

  /** A registered proxy and its opinion, proven; empty if {@code proxy} is not one. */
  public CompletableFuture<Proven<Optional<ProxyState>>> proxy(Address proxy) {
    return async(
        () ->
            proven(
                StateKey.proxy(proxy),
                (h, a) -> ProvenState.proxy(h, proxy, a.value(), a.proof())));
  }

  /** A governance proposal and its tallies, proven; empty if there is no such proposal. */
  public CompletableFuture<Proven<Optional<ProposalState>>> proposal(long id) {
    return async(
        () ->
            proven(
                StateKey.proposal(id),
                (h, a) -> ProvenState.proposal(h, id, a.value(), a.proof())));
  }

  /** A super node's seat, proven; empty if {@code node} holds none. */
  public CompletableFuture<Proven<Optional<SuperNodeState>>> superNode(Address node) {
    return async(
        () ->
            proven(
                StateKey.superNode(node),
                (h, a) -> ProvenState.superNode(h, node, a.value(), a.proof())));
  }

  /** The state under {@code key} after the newest final block: a proof that fails bans the peer. */
  private <T> Proven<T> proven(Hash32 key, ProvenReads.Check<T> check)
      throws PeerException, StaleTrustException, HaltedException {
    return ProvenReads.read(peers, finalHeader(), key, check);
  }

  /**
   * Offers {@code transaction} to several peers at once (the primary and up to {@link
   * org.witan.light.peer.PeerPolicy#witnesses} more, decision 0016) and tracks it: the future ends
   * with {@link TxOutcome.Rejected} as soon as every peer asked has answered and none accepted it
   * (the reason of the best peer that refused), otherwise, once one accepted, with {@link
   * TxOutcome.Final} once a block proven final holds it (inclusion proof checked), or {@link
   * TxOutcome.Expired} or {@link TxOutcome.NonceUsed} once a final block proves it never can be. A
   * peer that does not answer costs at most its call timeout and does not hold up the others. It
   * fails with a {@link PeerException} if no peer answered the offer at all. Cancel it to stop
   * tracking.
   */
  public CompletableFuture<TxOutcome> submit(Transaction transaction) {
    Hash32 id = transaction.id(config.chain().chainId());
    CompletableFuture<TxOutcome> done = new CompletableFuture<>();
    CompletableFuture<?> unused =
        offers
            .offer(transaction)
            .whenComplete(
                (offered, failure) -> {
                  if (failure != null) {
                    done.completeExceptionally(unwrap(failure));
                  } else if (offered instanceof TxOffers.Refused r) {
                    LOG.info("{} refused {}: {}", r.peer(), id, r.reason());
                    done.complete(new TxOutcome.Rejected(id, r.reason(), r.message()));
                  } else {
                    track(transaction, id, done);
                  }
                });
    return done;
  }

  private void track(Transaction transaction, Hash32 id, CompletableFuture<TxOutcome> done) {
    if (closed || done.isDone()) {
      done.cancel(false);
      return;
    }
    CompletableFuture<?> unused =
        async(() -> trackStep(transaction, id))
            .whenComplete(
                (outcome, failure) -> {
                  Throwable cause = unwrap(failure);
                  if (cause instanceof HaltedException || cause instanceof StaleTrustException) {
                    done.completeExceptionally(cause);
                  } else if (outcome != null && outcome.isPresent()) {
                    done.complete(outcome.get());
                  } else {
                    if (cause != null) {
                      LOG.info("tracking {}: {}; trying again later", id, cause.getMessage());
                    }
                    later(() -> track(transaction, id, done));
                  }
                });
  }

  private Optional<TxOutcome> trackStep(Transaction transaction, Hash32 id)
      throws PeerException, StaleTrustException, HaltedException {
    LightState now = syncNow().state();
    Optional<BlockHeader> head = now.finalHeader();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Optional<TxOutcome> included;
    try {
      included = peers.call(peer -> included(peer, id, now));
    } catch (PeerException.NotFound e) {
      included = Optional.empty();
    }
    if (included.isPresent()) {
      return included;
    }
    HeaderBody body = head.get().body();
    if (config.chain().blockTimeSeconds(body.slot()) > transaction.body().expiry()) {
      return Optional.of(new TxOutcome.Expired(id, body.height()));
    }
    Proven<AccountState> sender =
        accountAt(Address.of(transaction.body().sender()), head.get().body());
    if (sender.value().nonce() > transaction.body().nonce()) {
      return Optional.of(new TxOutcome.NonceUsed(id, body.height(), sender.value().nonce()));
    }
    return Optional.empty();
  }

  /**
   * One peer's proof that {@code id} is in a block final under {@code trusted}, if it is yet: the
   * block's header is the trusted final header itself, or is proven to be in its history root (so
   * no finality proof of that very block is needed); then the transaction is proven in the header's
   * transaction root.
   */
  private Optional<TxOutcome> included(HttpChainSource peer, Hash32 id, LightState trusted)
      throws PeerException {
    TransactionAnswer answer = peer.transaction(id);
    long height = answer.height().value();
    BlockHeader top = trusted.finalHeader().orElseThrow();
    long finalHeight = top.body().height().value();
    if (height > finalHeight) {
      return Optional.empty();
    }
    BlockHeader block = height == finalHeight ? top : ancestor(peer, top, height);
    HeaderBody header = block.body();
    Verdict<InclusionFault> inclusion =
        ProvenTransaction.verify(header, id, answer, config.chain().chainId());
    if (!inclusion.isAccepted()) {
      throw new PeerException.BadData(peer.name(), inclusion.reason() + ": " + inclusion.detail());
    }
    return Optional.of(
        new TxOutcome.Final(
            id, header.height(), block.id(config.chain().chainId()), answer.index()));
  }

  /** The header at {@code height} below {@code top}, proven by {@code top}'s history root. */
  private BlockHeader ancestor(HttpChainSource peer, BlockHeader top, long height)
      throws PeerException {
    List<BlockHeader> headers = peer.headers(height, 1);
    if (headers.size() != 1 || headers.get(0).body().height().value() != height) {
      throw new PeerException.BadData(peer.name(), "no header at height " + height);
    }
    BlockHeader header = headers.get(0);
    long size = top.body().height().value();
    InclusionProof proof = peer.history(height, size);
    InclusionProofOutcome outcome =
        InclusionProofVerifier.verify(
            top.body().historyRoot(),
            size,
            height,
            MerkleHash.listLeaf(header.id(config.chain().chainId())),
            proof);
    if (outcome != InclusionProofOutcome.VALID) {
      throw new PeerException.BadData(
          peer.name(), "block " + height + " is not in the final chain's history: " + outcome);
    }
    return header;
  }

  private HeaderBody finalHeader() throws PeerException, StaleTrustException, HaltedException {
    Optional<BlockHeader> known = state.finalHeader();
    if (known.isEmpty()) {
      known = syncNow().state().finalHeader();
    }
    return known
        .orElseThrow(() -> new PeerException.NotFound("all peers", "no block is proven final yet"))
        .body();
  }

  private Proven<AccountState> accountAt(Address address, HeaderBody header) throws PeerException {
    return peers.call(
        peer -> {
          StateAnswer answer = peer.account(address, OptionalLong.of(header.height().value()));
          try {
            return ProvenState.account(header, address, answer.value(), answer.proof());
          } catch (ProofException e) {
            throw new PeerException.BadData(peer.name(), e.getMessage());
          }
        });
  }

  /**
   * An attack: the listener hears of it (nothing is final from now on), and the evidence is offered
   * on the worker to every usable peer ({@code POST /v1/evidence}), which verify it for themselves;
   * the listener then hears which accepted it.
   */
  private void attacked(Attack attack) {
    keeper.attacked(attack);
    listener.onAttack(attack);
    try {
      worker.execute(
          () -> {
            List<String> accepted = EvidenceBroadcast.offer(attack.evidence(), peers.usable());
            LOG.warn(
                "fork evidence at height {} offered to the peers; accepted by {}",
                attack.evidence().height(),
                accepted);
            listenerExecutor.execute(() -> listener.onEvidenceOffered(attack, accepted));
          });
    } catch (RejectedExecutionException e) {
      LOG.warn("fork evidence not offered: the client is closing");
    }
  }

  private SyncOutcome syncNow() throws PeerException, StaleTrustException, HaltedException {
    synchronized (syncLock) {
      SyncOutcome outcome =
          sync.sync(peers, state, p -> listenerExecutor.execute(() -> listener.onProgress(p)));
      advance(outcome.state());
      countTowardDiscovery();
      return outcome;
    }
  }

  /**
   * Makes {@code next} the client's state if it is newer (a sync's or the head follower's, which
   * may run at once) and tells the listener; nothing once the client is halted.
   */
  private void advance(LightState next) {
    synchronized (stateLock) {
      if (sync.halted() || next.finalHeight().compareTo(state.finalHeight()) <= 0) {
        return;
      }
      state = next;
      listenerExecutor.execute(() -> listener.onFinal(next));
    }
    keeper.advanced(next);
  }

  /** Starts a discovery after the first sync and every {@link #SYNCS_PER_DISCOVERY} after. */
  private void countTowardDiscovery() {
    boolean start;
    synchronized (stateLock) {
      start = syncsSinceDiscovery++ % SYNCS_PER_DISCOVERY == 0;
    }
    if (start) {
      CompletableFuture<?> unused =
          discovery
              .start()
              .whenComplete(
                  (added, failure) -> {
                    if (failure != null) {
                      LOG.warn("peer discovery failed", failure);
                    } else if (!added.isEmpty()) {
                      LOG.info("learned peers {}", added);
                    }
                  });
    }
  }

  /**
   * Peer discovery, a step of its own (decision 0016): asks each usable peer for the peers it
   * serves with ({@code GET /v1/peers}), then reads the seed endpoints registered on chain (proven
   * against the newest final header), and adds the new ones, up to {@link #MAX_PEERS} in all. The
   * client starts one after its first sync and every tenth after, without holding up that sync;
   * call this to run one now (or to join the one running). The future ends with the names of the
   * peers added. A learned peer is trusted no more than a configured one.
   */
  public CompletableFuture<List<String>> discoverPeers() {
    return discovery.start();
  }

  private <T> CompletableFuture<T> async(Step<T> step) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      worker.execute(
          () -> {
            try {
              result.complete(step.run());
            } catch (PeerException | StaleTrustException | HaltedException | RuntimeException e) {
              result.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  private void later(Runnable step) {
    if (closed) {
      return;
    }
    try {
      CompletableFuture.delayedExecutor(
              config.pollInterval().toMillis(), TimeUnit.MILLISECONDS, worker)
          .execute(step);
    } catch (RejectedExecutionException e) {
      LOG.debug("the worker refused a later step; stopping", e);
    }
  }

  /** The failure inside a {@link CompletionException}, or {@code failure} itself. */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Stops following (the head followers first) and tracking, and closes the HTTP transport. */
  @Override
  public void close() {
    closed = true;
    following.forEach(Following::close);
    transport.close();
    if (!sync.halted()) {
      keeper.flush(state);
    }
  }
}
