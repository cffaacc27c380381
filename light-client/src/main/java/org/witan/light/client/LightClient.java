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
import org.witan.core.state.Globals;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateKey;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.TeamState;
import org.witan.core.team.Role;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Transaction;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.Pause;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.PeerView;
import org.witan.light.peer.StateAnswer;
import org.witan.light.peer.SubmitResult;
import org.witan.light.peer.TransactionAnswer;
import org.witan.light.query.InclusionFault;
import org.witan.light.query.ProofException;
import org.witan.light.query.Proven;
import org.witan.light.query.ProvenState;
import org.witan.light.query.ProvenTransaction;
import org.witan.light.sync.LightState;
import org.witan.light.sync.StaleTrustException;
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
 * listenerExecutor}. One sync runs at a time. {@link #close} stops following and closes the HTTP
 * transport.
 */
public final class LightClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LightClient.class);

  /** At most this many peers, configured and learned by peer exchange. */
  public static final int MAX_PEERS = 16;

  private final LightConfig config;
  private final Executor worker;
  private final LightListener listener;
  private final Executor listenerExecutor;
  private final HttpTransport transport;
  private final PeerSet<HttpChainSource> peers;
  private final WitnessedSync sync;
  private final Object syncLock = new Object();
  private final Set<String> knownPeers = ConcurrentHashMap.newKeySet();
  private int syncsSinceExchange;
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
    this.config = config;
    this.worker = worker;
    this.listener = listener;
    this.listenerExecutor = listenerExecutor;
    this.transport = new HttpTransport(config.limits());
    List<HttpChainSource> sources = new ArrayList<>();
    config.peers().forEach(u -> sources.add(transport.peer(u, config.chain().network())));
    config.peers().forEach(u -> knownPeers.add(base(u)));
    this.peers =
        new PeerSet<>(sources, config.policy(), clock, new SplittableRandom(), Pause.SLEEP);
    this.sync =
        new WitnessedSync(
            config.chain(),
            config.trustingPeriodSeconds(),
            clock,
            listener::onAttack,
            listenerExecutor);
    this.state = LightState.fromRoot(config.root());
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
   * Syncs now and then every poll interval until the returned future is cancelled or the client
   * closed (it then completes normally), or until an attack halts the client or the trust is stale
   * (it then completes with that failure). Peers that fail are retried at the next poll.
   */
  public CompletableFuture<Void> follow() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    followStep(done);
    return done;
  }

  private void followStep(CompletableFuture<Void> done) {
    if (closed || done.isDone()) {
      done.complete(null);
      return;
    }
    CompletableFuture<?> unused =
        sync()
            .whenComplete(
                (outcome, failure) -> {
                  Throwable cause = unwrap(failure);
                  if (cause instanceof HaltedException || cause instanceof StaleTrustException) {
                    done.completeExceptionally(cause);
                    return;
                  }
                  if (cause != null) {
                    LOG.info("sync failed, trying again later: {}", cause.getMessage());
                  }
                  later(() -> followStep(done));
                });
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

  /** Checks a peer's state answer against a final header's state root. */
  @FunctionalInterface
  private interface Check<T> {
    Proven<T> apply(HeaderBody header, StateAnswer answer) throws ProofException;
  }

  /** The state under {@code key} after the newest final block: a proof that fails bans the peer. */
  private <T> Proven<T> proven(Hash32 key, Check<T> check)
      throws PeerException, StaleTrustException, HaltedException {
    return proven(finalHeader(), key, check);
  }

  /** The state under {@code key} after the final block {@code header}. */
  private <T> Proven<T> proven(HeaderBody header, Hash32 key, Check<T> check) throws PeerException {
    return peers.call(
        peer -> {
          StateAnswer answer = peer.state(key, OptionalLong.of(header.height().value()));
          try {
            return check.apply(header, answer);
          } catch (ProofException e) {
            throw new PeerException.BadData(peer.name(), e.getMessage());
          }
        });
  }

  /**
   * Offers {@code transaction} to the best peer and tracks it: the future ends with {@link
   * TxOutcome.Rejected} at once if refused, otherwise with {@link TxOutcome.Final} once a block
   * proven final holds it (inclusion proof checked), or {@link TxOutcome.Expired} or {@link
   * TxOutcome.NonceUsed} once a final block proves it never can be. Cancel it to stop tracking.
   */
  public CompletableFuture<TxOutcome> submit(Transaction transaction) {
    Hash32 id = transaction.id(config.chain().chainId());
    return async(() -> peers.call(peer -> peer.submit(transaction)))
        .thenCompose(
            result -> {
              if (result instanceof SubmitResult.Rejected r) {
                return CompletableFuture.completedFuture(
                    new TxOutcome.Rejected(id, r.reason(), r.message()));
              }
              CompletableFuture<TxOutcome> done = new CompletableFuture<>();
              track(transaction, id, done);
              return done;
            });
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

  private SyncOutcome syncNow() throws PeerException, StaleTrustException, HaltedException {
    synchronized (syncLock) {
      LightState before = state;
      SyncOutcome outcome =
          sync.sync(peers, before, p -> listenerExecutor.execute(() -> listener.onProgress(p)));
      LightState after = outcome.state();
      state = after;
      if (after.finalHeight().compareTo(before.finalHeight()) > 0) {
        listenerExecutor.execute(() -> listener.onFinal(after));
      }
      exchangePeers();
      return outcome;
    }
  }

  /**
   * Peer discovery: at the first sync and every tenth after, asks each usable peer for the peers it
   * serves with ({@code GET /v1/peers}), then reads the seed endpoints registered on chain by teams
   * and super nodes (proven against the newest final header), and adds the new ones, up to {@link
   * #MAX_PEERS} in all. A learned peer is trusted no more than a configured one: everything it says
   * is verified, and it is banned for what does not verify.
   */
  private void exchangePeers() {
    if (knownPeers.size() >= MAX_PEERS || syncsSinceExchange++ % 10 != 0) {
      return;
    }
    for (HttpChainSource peer : peers.usable()) {
      List<URI> named;
      try {
        named = peer.peers();
      } catch (PeerException e) {
        LOG.debug("peer exchange with {} failed: {}", peer.name(), e.getMessage());
        continue;
      }
      named.forEach(this::learn);
    }
    Optional<BlockHeader> head = state.finalHeader();
    if (head.isPresent()) {
      try {
        HeaderBody header = head.get().body();
        Optional<Globals> globals =
            proven(
                    header,
                    StateKey.globals(),
                    (h, a) ->
                        ProvenState.read(
                            h, StateKey.globals(), a.value(), a.proof(), Globals.CODEC))
                .value();
        seedEndpoints(header, globals).forEach(this::learn);
        learnSuperNodeEndpoints(header, globals);
      } catch (PeerException e) {
        LOG.debug("seed endpoints not read: {}", e.getMessage());
      }
    }
  }

  /** At most this many teams are read for their seed endpoints. */
  static final int MAX_SEED_TEAMS = 64;

  /** At most this many super-node slots are read for their endpoints. */
  static final int MAX_SEED_SUPER_NODES = 64;

  /**
   * The seed endpoints registered on chain, proven: the endpoint of every partner with the seed
   * duty, of teams 1 to the next team id (at most {@link #MAX_SEED_TEAMS}), read from the newest
   * final state. A peer whose proof fails is banned like any other.
   */
  private List<URI> seedEndpoints(HeaderBody header, Optional<Globals> globals)
      throws PeerException {
    long next = globals.map(g -> g.nextTeamId().value()).orElse(1L);
    List<URI> seeds = new ArrayList<>();
    for (long id = 1; id < next && id <= MAX_SEED_TEAMS; id++) {
      TeamId team = TeamId.of(id);
      Optional<TeamState> state =
          proven(
                  header,
                  StateKey.team(team),
                  (h, a) -> ProvenState.team(h, team, a.value(), a.proof()))
              .value();
      state.ifPresent(
          t ->
              t.partners().stream()
                  .filter(p -> p.roles().has(Role.SEED))
                  .forEach(p -> p.endpoint().ifPresent(e -> seeds.add(URI.create(e.url())))));
    }
    return seeds;
  }

  /**
   * Learns the super nodes' serving endpoints, proven: for slots 0 upwards of the super-node index
   * (at most {@link #MAX_SEED_SUPER_NODES}, and only while there is room for peers), the address in
   * the slot, then that seat's endpoint, each proven against {@code header}; an endpoint is learned
   * as soon as it is proven. A peer whose proof fails (a forged index entry) is banned like any
   * other, and the next peer is asked.
   */
  private void learnSuperNodeEndpoints(HeaderBody header, Optional<Globals> globals)
      throws PeerException {
    long seats = Math.min(globals.map(Globals::superNodes).orElse(0L), MAX_SEED_SUPER_NODES);
    for (long slot = 0; slot < seats && knownPeers.size() < MAX_PEERS; slot++) {
      long s = slot;
      Optional<Address> node =
          proven(
                  header,
                  StateKey.superNodeSlot(s),
                  (h, a) -> ProvenState.superNodeSlot(h, s, a.value(), a.proof()))
              .value();
      if (node.isEmpty()) {
        continue; // proven empty below the count: not a valid chain's state, nothing to learn
      }
      Address address = node.get();
      proven(
              header,
              StateKey.superNode(address),
              (h, a) -> ProvenState.superNode(h, address, a.value(), a.proof()))
          .value()
          .filter(seat -> seat.slot() == s)
          .ifPresent(seat -> learn(URI.create(seat.endpoint().url())));
    }
  }

  private void learn(URI learned) {
    String base = base(learned);
    if (knownPeers.size() < MAX_PEERS
        && ("http".equals(learned.getScheme()) || "https".equals(learned.getScheme()))
        && learned.getHost() != null
        && knownPeers.add(base)) {
      peers.add(transport.peer(URI.create(base), config.chain().network()));
    }
  }

  private static String base(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
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

  /** Stops following and tracking, and closes the HTTP transport. */
  @Override
  public void close() {
    closed = true;
    transport.close();
  }
}
