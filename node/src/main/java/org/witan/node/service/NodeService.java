package org.witan.node.service;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.Param;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.team.TeamId;
import org.witan.core.value.Amount;
import org.witan.core.value.Height;
import org.witan.node.chain.NodeChain;
import org.witan.node.chain.NodeStatus;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.CachingSignatureChecks;
import org.witan.node.consensus.ConsensusCore;
import org.witan.node.consensus.ConsensusOutput;
import org.witan.node.consensus.ConsensusService;
import org.witan.node.consensus.EvidenceReporter;
import org.witan.node.consensus.EvidenceSink;
import org.witan.node.consensus.Finalized;
import org.witan.node.consensus.GenesisBlock;
import org.witan.node.consensus.Peer;
import org.witan.node.consensus.ProducerKeys;
import org.witan.node.consensus.SafetyRules;
import org.witan.node.consensus.SignatureChecks;
import org.witan.node.evidence.SafetyAlarm;
import org.witan.node.evidence.SeenEvidence;
import org.witan.node.mempool.Mempool;
import org.witan.node.p2p.Gossip;
import org.witan.node.p2p.Message;
import org.witan.node.p2p.PeerDialer;
import org.witan.node.p2p.PeerGuard;
import org.witan.node.p2p.PeerServer;
import org.witan.node.state.PublicKeyCache;
import org.witan.node.state.StateReader;
import org.witan.node.state.TransactionVerifier;
import org.witan.node.state.TreeStateMachine;
import org.witan.node.storage.CachingNodeStore;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2BlockStore;
import org.witan.node.storage.h2.H2ChainStore;
import org.witan.node.storage.h2.H2HistoryStore;
import org.witan.node.storage.h2.H2NodeStore;

/**
 * One running node: opens its database, rebuilds its chain from its own blocks, starts consensus
 * (producing and voting if it holds a team's keys), serves the peer API and links to its peers.
 * {@link #close} stops everything in the reverse order and closes the database, so a node stopped
 * by SIGTERM restarts where it was. A storage failure (a full disk) stops the node: nothing more is
 * finalized or served as final, and {@link #failure} says why.
 */
public final class NodeService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeService.class);
  private static final int STATE_NODE_CACHE = 1 << 20;
  private static final int SIGNATURE_CACHE = 1 << 16;
  private static final int MAX_DIALLED = 64;

  private final NodeConfig config;
  private final ChainDatabase database;
  private final NodeChain chain;
  private final Mempool pool;
  private final Gossip gossip;
  private final ExecutorService relay;
  private final ExecutorService writer = daemon("witan-store");
  private final List<Consumer<String>> failureListeners = new ArrayList<>();
  private volatile Optional<String> failure = Optional.empty();
  private ConsensusService consensus;
  private PeerServer server;
  private SafetyAlarm alarm;
  private PeerDialer dialer;
  private StateReader seedReader;
  private Optional<ProducerKeys> producer = Optional.empty();
  private H2ChainStore store;
  private long seedsReadAt = -1;

  private NodeService(
      NodeConfig config,
      ChainDatabase database,
      NodeChain chain,
      Mempool pool,
      Gossip gossip,
      ExecutorService relay) {
    this.config = config;
    this.database = database;
    this.chain = chain;
    this.pool = pool;
    this.gossip = gossip;
    this.relay = relay;
  }

  /**
   * Starts a node.
   *
   * @param producer the team keys, if this node produces; the caller keeps and closes them
   * @throws IOException if the database cannot be opened or belongs to another chain, or the port
   *     is taken
   */
  public static NodeService start(NodeConfig config, Optional<ProducerKeys> producer, Clock clock)
      throws IOException {
    Genesis genesis = config.genesis();
    ChainConfig chainConfig = genesis.config();
    ChainDatabase database = ChainDatabase.open(config.dataDirectory());
    NodeService node = null;
    try {
      CachingNodeStore nodes = new CachingNodeStore(new H2NodeStore(database), STATE_NODE_CACHE);
      PublicKeyCache keys = new PublicKeyCache(TreeStateMachine.DEFAULT_KEY_CACHE);
      TransactionVerifier verifier = new TransactionVerifier(chainConfig.chainId(), keys);
      TreeStateMachine stateMachine = new TreeStateMachine(chainConfig, nodes, verifier);
      H2ChainStore store = new H2ChainStore(database, chainConfig, config.keepBlocks());
      BlockEntry genesisEntry = GenesisBlock.entry(chainConfig, stateMachine.genesis(genesis));
      store.initialize(genesisEntry);
      NodeChain chain =
          new NodeChain(chainConfig, genesis.hash(), store, nodes, new H2HistoryStore(database));
      Hash32 finalRoot =
          chain.headers(chain.status().finalHeight().value(), 1).get(0).body().stateRoot();
      StateReader reader = new StateReader(nodes);
      Mempool pool = new Mempool(config.mempool(), verifier, reader, finalRoot, clock);
      SignatureChecks checks = new CachingSignatureChecks(SIGNATURE_CACHE);
      Gossip gossip =
          new Gossip(
              chainConfig.chainId(),
              genesis.hash(),
              checks,
              new PeerGuard(config.limits(), clock),
              keys);
      ExecutorService relay = daemon("witan-relay");
      node = new NodeService(config, database, chain, pool, gossip, relay);
      Output output = node.new Output();
      EvidenceSink evidenceSink =
          evidenceSink(chainConfig, producer, pool, reader, finalRoot, clock);
      node.consensus =
          ConsensusService.start(
              genesis,
              new ConsensusCore.Wiring(
                  stateMachine,
                  producer,
                  SafetyStores.open(config.dataDirectory(), database),
                  new H2BlockStore(database, chainConfig.chainId()),
                  SafetyRules.INSTANCE,
                  checks,
                  output,
                  evidenceSink,
                  pool),
              clock);
      gossip.attach(node.consensus, pool);
      node.alarm =
          new SafetyAlarm(
              chainConfig, chain::producerSet, gossip::forwardEvidence, evidenceSink, clock);
      gossip.attachEvidence(node.alarm);
      pool.addListener(gossip::broadcastTransaction, relay);
      node.server =
          PeerServer.start(
              config.listenHost(),
              config.listenPort(),
              new PeerServer.Sources(
                  chain,
                  pool,
                  gossip,
                  node.alarm,
                  node::knownPeers,
                  Optional.ofNullable(NodeService.class.getPackage().getImplementationVersion())
                      .orElse("development")));
      String self = node.url();
      node.producer = producer;
      node.store = store;
      OptionalLong team = OptionalLong.empty();
      if (producer.isPresent()) {
        Optional<TeamId> acting = node.actingTeam();
        if (acting.isPresent()) {
          team = OptionalLong.of(acting.get().value());
          LOG.info("producer keys of team {}, in the active set", acting.get());
        } else {
          LOG.warn(
              "the producer keys are not in the active set: this node serves, and produces once"
                  + " its team is elected");
        }
      }
      node.dialer =
          new PeerDialer(
              gossip,
              new Message.Hello(genesis.hash(), Optional.of(self), team),
              self,
              MAX_DIALLED);
      node.dialer.start(config.peers());
      node.seedReader = reader;
      node.discover();
      LOG.info("node serving {} for chain {}", self, chainConfig.chainId());
      return node;
    } catch (IOException | RuntimeException e) {
      if (node != null) {
        node.close();
      } else {
        database.close();
      }
      throw e;
    }
  }

  /**
   * A producer reports the misbehaviour it sees (double proposals, conflicting votes) in a {@code
   * SubmitEvidence} transaction from its signer's account (funded at genesis), through its own
   * pool; a node without keys can only log it.
   */
  private static EvidenceSink evidenceSink(
      ChainConfig config,
      Optional<ProducerKeys> producer,
      Mempool pool,
      StateReader reader,
      Hash32 finalRoot,
      Clock clock) {
    if (producer.isEmpty()) {
      return evidence ->
          LOG.warn("misbehaviour seen; this node has no funded key to report it: {}", evidence);
    }
    Amount fee = Amount.ofUnits(reader.params(finalRoot).get(Param.MIN_FEE));
    return new EvidenceReporter(
        config.chainId(),
        producer.get().blockKey(),
        fee,
        600,
        pool::nextNonce,
        tx -> {
          var verdict = pool.submit(tx);
          if (!verdict.isAccepted()) {
            LOG.warn("evidence transaction refused by the pool: {}", verdict);
          }
        },
        clock);
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** The URL peers reach this node's API at. */
  /**
   * The team of the active producer set (at the final head) that this node's producer keys act for;
   * empty for a node without keys, or whose team is not elected.
   */
  public Optional<TeamId> actingTeam() {
    if (producer.isEmpty()) {
      return Optional.empty();
    }
    return store.producerSet(chain.status().generation()).flatMap(producer.get()::teamIn);
  }

  public String url() {
    return config
        .publicUrl()
        .orElseGet(
            () -> {
              String host = config.listenHost();
              if (host.equals("0.0.0.0") || host.equals("::")) {
                host = "127.0.0.1";
              }
              return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
            });
  }

  public int port() {
    return server.port();
  }

  public NodeStatus status() {
    return chain.status();
  }

  public NodeChain chain() {
    return chain;
  }

  public Mempool mempool() {
    return pool;
  }

  /** The valid fork evidence this node has seen (a safety break of the chain), newest last. */
  public List<SeenEvidence> forkEvidence() {
    return alarm.seen();
  }

  /** How many peer links are open (inbound and outbound). */
  public int links() {
    return gossip.linkCount();
  }

  /** Why the node stopped finalizing, if it did. */
  public Optional<String> failure() {
    return failure;
  }

  /** Told once if the node stops for a storage failure or a safety failure. */
  public synchronized void onFailure(Consumer<String> listener) {
    failureListeners.add(listener);
  }

  /** Dials the seed endpoints registered on chain, read from the newest final state. */
  private synchronized void discover() {
    long height = chain.status().finalHeight().value();
    if (seedsReadAt >= 0 && height < seedsReadAt + config.genesis().config().epochLength()) {
      return; // once per epoch is enough: teams change at epoch ends
    }
    seedsReadAt = height;
    try {
      Hash32 root = chain.headers(height, 1).get(0).body().stateRoot();
      SeedEndpoints.read(seedReader, root).forEach(dialer::add);
    } catch (RuntimeException e) {
      LOG.warn("seed endpoints not read from the chain: {}", e.toString());
    }
  }

  private List<String> knownPeers() {
    List<String> peers = new ArrayList<>(gossip.servingPeers());
    if (dialer != null) {
      peers.addAll(dialer.known());
    }
    return peers.stream().distinct().sorted().toList();
  }

  private void fail(String reason) {
    List<Consumer<String>> listeners;
    synchronized (this) {
      if (failure.isPresent()) {
        return;
      }
      failure = Optional.of(reason);
      listeners = List.copyOf(failureListeners);
    }
    LOG.error("node stopped: {}", reason);
    if (consensus != null) {
      consensus.close();
    }
    listeners.forEach(l -> l.accept(reason));
  }

  @Override
  public void close() {
    if (dialer != null) {
      dialer.close();
    }
    if (server != null) {
      server.close();
    }
    if (consensus != null) {
      consensus.close();
    }
    writer.shutdown();
    try {
      if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("final blocks still being stored at shutdown; a restart stores them again");
        writer.shutdownNow();
      }
    } catch (InterruptedException e) {
      writer.shutdownNow();
      Thread.currentThread().interrupt();
    }
    relay.shutdownNow();
    database.close();
  }

  /**
   * What consensus says, handed to gossip, and through the writer thread to the chain view and the
   * pool.
   */
  private final class Output implements ConsensusOutput {
    @Override
    public void broadcastBlock(Block block) {
      gossip.broadcastBlock(block);
    }

    @Override
    public void relayBlock(Block block) {
      gossip.relayBlock(block);
    }

    @Override
    public void sendVote(Vote vote, List<TeamId> nextProducers) {
      gossip.sendVote(vote, nextProducers);
    }

    @Override
    public void requestBlocks(Peer peer, Hash32 id, Height have) {
      gossip.requestBlocks(peer, id, have.value());
    }

    @Override
    public void sendBlocks(Peer peer, List<Block> blocks) {
      gossip.sendBlocks(peer, blocks);
    }

    @Override
    public void headChanged(BlockEntry head) {
      if (!writer.isShutdown()) {
        writer.execute(() -> chain.onHead(head));
      }
    }

    @Override
    public void invalidBlock(Peer from, Hash32 id, String reason) {
      gossip.invalidBlock(from, id, reason);
    }

    /**
     * Stored on the writer thread, in order, so that the durable write never holds up consensus;
     * the pool and finality subscribers hear of it once it is stored.
     */
    @Override
    public void finalized(Finalized finalized) {
      if (!writer.isShutdown()) {
        writer.execute(() -> store(finalized));
      }
    }

    private void store(Finalized finalized) {
      if (failure.isPresent()) {
        return;
      }
      try {
        chain.onFinalized(finalized);
      } catch (IOException e) {
        fail("final blocks could not be stored: " + e.getMessage());
        return;
      }
      pool.onFinalized(finalized.blocks().stream().map(BlockEntry::block).toList());
      gossip.broadcastFinal(finalized.proof());
      if (dialer != null && seedReader != null) {
        discover();
      }
    }

    @Override
    public void safetyFailure(String detail) {
      fail("safety failure: " + detail);
    }
  }
}
