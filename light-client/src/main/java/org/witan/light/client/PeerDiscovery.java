package org.witan.light.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.state.Globals;
import org.witan.core.state.StateKey;
import org.witan.core.state.TeamState;
import org.witan.core.team.Role;
import org.witan.core.team.TeamId;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.query.ProvenState;

/**
 * Peer discovery, a step of its own on the worker (decision 0016): asks each usable peer for the
 * peers it serves with ({@code GET /v1/peers}), then reads the seed endpoints teams and super nodes
 * registered on chain (proven against the newest final header), and adds the new ones to the peer
 * set, up to {@link #MAX_PEERS} in all. A learned peer is trusted no more than a configured one:
 * everything it says is verified, and it is banned for what does not verify. One discovery runs at
 * a time; asking while one runs joins it.
 */
final class PeerDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(PeerDiscovery.class);

  /** At most this many peers, configured and learned. */
  static final int MAX_PEERS = 16;

  /** At most this many teams are read for their seed endpoints. */
  static final int MAX_SEED_TEAMS = 64;

  /** At most this many super-node slots are read for their endpoints. */
  static final int MAX_SEED_SUPER_NODES = 64;

  private final PeerSet<HttpChainSource> peers;
  private final HttpTransport transport;
  private final Network network;
  private final Executor worker;
  private final Supplier<Optional<BlockHeader>> finalHeader;
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private Optional<CompletableFuture<List<String>>> running = Optional.empty();

  /**
   * @param configured the configured peers (known from the start)
   * @param finalHeader the newest verified final header, read when a discovery starts
   */
  PeerDiscovery(
      List<URI> configured,
      PeerSet<HttpChainSource> peers,
      HttpTransport transport,
      Network network,
      Executor worker,
      Supplier<Optional<BlockHeader>> finalHeader) {
    configured.forEach(u -> known.add(base(u)));
    this.peers = peers;
    this.transport = transport;
    this.network = network;
    this.worker = worker;
    this.finalHeader = finalHeader;
  }

  /**
   * Runs a discovery on the worker, or joins the one running; the future ends with the names of the
   * peers it added (none once {@link #MAX_PEERS} are known). Never fails but for a worker that
   * refuses the task: a peer that does not answer is skipped.
   */
  synchronized CompletableFuture<List<String>> start() {
    if (running.isPresent() && !running.get().isDone()) {
      return running.get();
    }
    CompletableFuture<List<String>> done = new CompletableFuture<>();
    running = Optional.of(done);
    try {
      worker.execute(
          () -> {
            try {
              done.complete(discover());
            } catch (RuntimeException e) {
              done.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      done.completeExceptionally(e);
    }
    return done;
  }

  private List<String> discover() {
    List<String> added = new ArrayList<>();
    if (known.size() >= MAX_PEERS) {
      return added;
    }
    for (HttpChainSource peer : peers.usable()) {
      List<URI> named;
      try {
        named = peer.peers();
      } catch (PeerException e) {
        LOG.debug("peer exchange with {} failed: {}", peer.name(), e.getMessage());
        continue;
      }
      named.forEach(u -> learn(u).ifPresent(added::add));
    }
    Optional<BlockHeader> head = finalHeader.get();
    if (head.isPresent()) {
      try {
        HeaderBody header = head.get().body();
        Optional<Globals> globals =
            ProvenReads.read(
                    peers,
                    header,
                    StateKey.globals(),
                    (h, a) ->
                        ProvenState.read(
                            h, StateKey.globals(), a.value(), a.proof(), Globals.CODEC))
                .value();
        seedEndpoints(header, globals).forEach(u -> learn(u).ifPresent(added::add));
        learnSuperNodeEndpoints(header, globals, added);
      } catch (PeerException e) {
        LOG.debug("seed endpoints not read: {}", e.getMessage());
      }
    }
    return List.copyOf(added);
  }

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
          ProvenReads.read(
                  peers,
                  header,
                  StateKey.team(team),
                  (h, a) -> ProvenState.team(h, team, a.value(), a.proof()))
              .value();
      state.ifPresent(
          t ->
              t.partners().stream()
                  .filter(p -> p.roles().has(Role.SEED))
                  .forEach(p -> p.endpoint().ifPresent(e -> seed(e.url()).ifPresent(seeds::add))));
    }
    return seeds;
  }

  /**
   * Learns the super nodes' serving endpoints, proven: for slots 0 upwards of the super-node index
   * (protocol 9.1; at most {@link #MAX_SEED_SUPER_NODES}, and only while there is room for peers),
   * the address in the slot, then that seat's endpoint, each proven against {@code header}; an
   * endpoint is learned as soon as it is proven. A peer whose proof fails (a forged index entry) is
   * banned like any other, and the next peer is asked.
   */
  private void learnSuperNodeEndpoints(
      HeaderBody header, Optional<Globals> globals, List<String> added) throws PeerException {
    long seats = Math.min(globals.map(Globals::superNodes).orElse(0L), MAX_SEED_SUPER_NODES);
    for (long slot = 0; slot < seats && known.size() < MAX_PEERS; slot++) {
      long s = slot;
      Optional<Address> node =
          ProvenReads.read(
                  peers,
                  header,
                  StateKey.superNodeSlot(s),
                  (h, a) -> ProvenState.superNodeSlot(h, s, a.value(), a.proof()))
              .value();
      if (node.isEmpty()) {
        continue; // proven empty below the count: not a valid chain's state, nothing to learn
      }
      Address address = node.get();
      Optional<URI> endpoint =
          ProvenReads.read(
                  peers,
                  header,
                  StateKey.superNode(address),
                  (h, a) -> ProvenState.superNode(h, address, a.value(), a.proof()))
              .value()
              .filter(seat -> seat.slot() == s)
              .flatMap(seat -> seed(seat.endpoint().url()));
      endpoint.flatMap(this::learn).ifPresent(added::add);
    }
  }

  private static Optional<URI> seed(String url) {
    try {
      return Optional.of(URI.create(url));
    } catch (IllegalArgumentException e) {
      LOG.debug("a seed endpoint on chain is not a URL: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Adds {@code learned} if it is a new http(s) peer and there is room; its name if added. */
  private Optional<String> learn(URI learned) {
    String base = base(learned);
    if (known.size() < MAX_PEERS
        && ("http".equals(learned.getScheme()) || "https".equals(learned.getScheme()))
        && learned.getHost() != null
        && known.add(base)) {
      HttpChainSource peer = transport.peer(URI.create(base), network);
      peers.add(peer);
      return Optional.of(peer.name());
    }
    return Optional.empty();
  }

  private static String base(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
