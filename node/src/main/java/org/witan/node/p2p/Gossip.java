package org.witan.node.p2p;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Transaction;
import org.witan.core.value.ChainId;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.node.chain.TransactionIntake;
import org.witan.node.consensus.ConsensusInput;
import org.witan.node.consensus.Peer;
import org.witan.node.consensus.SignatureChecks;
import org.witan.node.evidence.EvidenceIntake;
import org.witan.node.evidence.EvidenceRejection;
import org.witan.node.p2p.Message.BlockMessage;
import org.witan.node.p2p.Message.EvidenceMessage;
import org.witan.node.p2p.Message.GetBlocks;
import org.witan.node.p2p.Message.Hello;
import org.witan.node.p2p.Message.Subscribe;
import org.witan.node.p2p.Message.Topic;
import org.witan.node.p2p.Message.TransactionMessage;
import org.witan.node.p2p.Message.VoteMessage;
import org.witan.node.state.PublicKeyCache;

/**
 * The node's side of every peer stream: decodes what peers send and hands it to consensus and the
 * mempool, and sends what the node has to say to the links that want it. Transactions and votes are
 * forwarded once (de-duplicated by id); blocks are forwarded by consensus after it accepted them. A
 * vote goes to the links of the next producers first. Fork evidence goes to the node's {@link
 * EvidenceIntake}, which forwards new valid evidence to every link once. A link that sends a
 * message that does not decode, a vote whose signature does not verify, a block consensus rejects
 * or fork evidence that does not verify is banned ({@link PeerGuard}) and closed; one that sends
 * faster than its limit loses the excess. Another chain's node is closed at its hello. Thread-safe.
 */
public final class Gossip {
  private static final Logger LOG = LoggerFactory.getLogger(Gossip.class);
  private static final int SEEN = 1 << 16;

  /**
   * A vote or block received from a peer is forwarded to this many other links, chosen at random:
   * its author sent it to every peer it links to, so forwarding only covers links it lacks, and a
   * full fan-out would cost every node (n - 1)^2 messages per vote.
   */
  static final int RELAY_FANOUT = 4;

  private static final Set<Topic> NODE_TOPICS =
      EnumSet.of(Topic.BLOCKS, Topic.VOTES, Topic.TRANSACTIONS, Topic.EVIDENCE);

  private final ChainId chainId;
  private final Hash32 genesisHash;
  private final SignatureChecks checks;
  private final PeerGuard guard;
  private final PublicKeyCache keys;
  private final Map<Peer, LinkState> links = new ConcurrentHashMap<>();
  private final SeenSet seenVotes = new SeenSet(SEEN);
  private final SeenSet seenTransactions = new SeenSet(SEEN);
  private volatile ConsensusInput consensus;
  private volatile TransactionIntake intake;
  private volatile Optional<EvidenceIntake> evidence = Optional.empty();
  private volatile Consumer<String> discovered = url -> {};

  /** What is known of one open link. */
  private static final class LinkState {
    final PeerLink link;
    volatile Set<Topic> topics = EnumSet.noneOf(Topic.class);
    volatile OptionalLong team = OptionalLong.empty();
    volatile Optional<String> listenUrl = Optional.empty();

    LinkState(PeerLink link) {
      this.link = link;
    }
  }

  /**
   * @param keys interns the voters' keys: a vote decoded from the wire carries a new key instance,
   *     and decoding its curve point costs as much as the signature check, so every vote of one
   *     producer is checked with one instance whose point is decoded once
   */
  public Gossip(
      ChainId chainId,
      Hash32 genesisHash,
      SignatureChecks checks,
      PeerGuard guard,
      PublicKeyCache keys) {
    this.chainId = chainId;
    this.genesisHash = genesisHash;
    this.checks = checks;
    this.guard = guard;
    this.keys = keys;
  }

  /** Connects the inputs (built after the gossip that consensus sends through). */
  public void attach(ConsensusInput consensus, TransactionIntake intake) {
    this.consensus = consensus;
    this.intake = intake;
  }

  /**
   * Connects where fork evidence from streams goes; without it an {@code evidence} message is
   * ignored.
   */
  public void attachEvidence(EvidenceIntake evidence) {
    this.evidence = Optional.of(evidence);
  }

  /** Told of each serving URL a peer announces (discovery). */
  public void onDiscovered(Consumer<String> listener) {
    this.discovered = listener;
  }

  public PeerGuard guard() {
    return guard;
  }

  // ---------------------------------------------------------------- links

  /** A link opened; a banned peer's link is closed at once. */
  public void opened(PeerLink link) {
    Optional<Long> banned = guard.bannedUntil(link.guardKey());
    if (banned.isPresent()) {
      link.close("banned");
      return;
    }
    LinkState state = new LinkState(link);
    if (link.dialled().isPresent()) {
      state.topics = NODE_TOPICS; // a node's stream this node dialled: it takes what nodes send
    }
    links.put(link.peer(), state);
  }

  public void closed(PeerLink link) {
    links.remove(link.peer());
  }

  /** The serving URLs of the node peers linked now (peer exchange). */
  public List<String> servingPeers() {
    List<String> urls = new ArrayList<>();
    for (LinkState s : links.values()) {
      s.listenUrl.ifPresent(urls::add);
    }
    return urls.stream().distinct().sorted().toList();
  }

  /** How many links are open. */
  public int linkCount() {
    return links.size();
  }

  // ---------------------------------------------------------------- inbound

  /** A text message on {@code link}. */
  public void onMessage(PeerLink link, String text) {
    LinkState state = links.get(link.peer());
    if (state == null) {
      return;
    }
    if (!guard.allowMessage(link.guardKey())) {
      return; // over its rate: the excess is dropped
    }
    Message message;
    try {
      message = Wire.parse(text);
    } catch (BadMessageException e) {
      punish(state, "bad message: " + e.getMessage());
      return;
    }
    if (message instanceof Hello h) {
      hello(state, h);
    } else if (message instanceof Subscribe s) {
      state.topics = s.topics();
    } else if (message instanceof BlockMessage b) {
      consensus.onBlock(link.peer(), b.block());
    } else if (message instanceof VoteMessage v) {
      Vote vote = v.vote();
      vote(
          state,
          new Vote(vote.target(), vote.strong(), keys.intern(vote.voter()), vote.signature()));
    } else if (message instanceof TransactionMessage t) {
      transaction(state, t.transaction());
    } else if (message instanceof GetBlocks g) {
      consensus.onBlockRequest(link.peer(), g.id(), g.have());
    } else if (message instanceof EvidenceMessage e) {
      evidence(state, e.evidence());
    }
    // A FinalMessage is for light clients: a node proves finality itself.
  }

  private void hello(LinkState state, Hello hello) {
    if (!hello.genesisHash().equals(genesisHash)) {
      state.link.close("another chain: genesis " + hello.genesisHash());
      links.remove(state.link.peer());
      return;
    }
    hello.listenUrl().ifPresent(url -> state.link.servesOn(portOf(url)));
    if (guard.isBanned(state.link.guardKey())) {
      links.remove(state.link.peer());
      state.link.close("banned");
      return;
    }
    state.topics = NODE_TOPICS;
    state.team = hello.team();
    state.listenUrl = hello.listenUrl();
    hello.listenUrl().ifPresent(discovered);
  }

  private static int portOf(String url) {
    try {
      int port = java.net.URI.create(url).getPort();
      return port > 0 ? port : 80;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private void vote(LinkState from, Vote vote) {
    if (!seenVotes.add(Hash32.sha256(Vote.CODEC.encode(vote)))) {
      return;
    }
    if (!checks.vote(vote, chainId)) {
      punish(from, "a vote with an invalid signature");
      return;
    }
    consensus.onVote(vote);
    sendAll(relayTargets(Topic.VOTES, from.link.peer()), Wire.vote(vote));
  }

  private void transaction(LinkState from, Transaction tx) {
    if (seenTransactions.contains(tx.id(chainId))) {
      return;
    }
    var verdict = intake.submit(tx);
    if (!verdict.isAccepted()) {
      LOG.debug("transaction from {} refused: {}", from.link.peer(), verdict);
    }
  }

  /**
   * Fork evidence from a peer: the intake verifies it and forwards it if it is new; a sender whose
   * evidence does not verify, or does not conflict, is banned like one that sends a forged vote.
   * Evidence about a generation this node has no set for yet is only dropped: this node may be
   * behind.
   */
  private void evidence(LinkState from, ForkEvidence forkEvidence) {
    Optional<EvidenceIntake> to = evidence;
    if (to.isEmpty()) {
      return;
    }
    Verdict<EvidenceRejection> verdict =
        to.get().offer(forkEvidence, Optional.of(from.link.peer()));
    if (!verdict.isAccepted() && verdict.reason().senderAtFault()) {
      punish(from, "invalid fork evidence: " + verdict.detail());
    }
  }

  /** Consensus rejected a block from {@code peer}: it breaks the rules, so the peer is banned. */
  public void invalidBlock(Peer peer, Hash32 id, String reason) {
    LinkState state = links.get(peer);
    if (state != null) {
      punish(state, "invalid block " + id + ": " + reason);
    }
  }

  private void punish(LinkState state, String reason) {
    guard.ban(state.link.guardKey(), reason);
    links.remove(state.link.peer());
    state.link.close("banned: " + reason);
  }

  // ---------------------------------------------------------------- outbound

  /** Sends a block to every link that wants blocks. */
  public void broadcastBlock(Block block) {
    send(Topic.BLOCKS, Wire.block(block), null);
  }

  /** Forwards a block consensus accepted from a peer to a few other links. */
  public void relayBlock(Block block) {
    sendAll(relayTargets(Topic.BLOCKS, null), Wire.block(block));
  }

  /** Up to {@link #RELAY_FANOUT} node links that want {@code topic}, other than {@code except}. */
  private List<LinkState> relayTargets(Topic topic, Peer except) {
    List<LinkState> nodes = new ArrayList<>();
    for (LinkState s : targets(topic, except)) {
      if (s.listenUrl.isPresent() || s.link.dialled().isPresent()) {
        nodes.add(s);
      }
    }
    java.util.Collections.shuffle(nodes, java.util.concurrent.ThreadLocalRandom.current());
    return nodes.subList(0, Math.min(RELAY_FANOUT, nodes.size()));
  }

  /** Sends this node's vote to the next producers' links first, then to every other link. */
  public void sendVote(Vote vote, List<TeamId> nextProducers) {
    seenVotes.add(Hash32.sha256(Vote.CODEC.encode(vote)));
    String text = Wire.vote(vote);
    // A peer names its team in the hello on the link it dialled; ours to it may be the other one.
    java.util.Map<String, Long> teamByUrl = new java.util.HashMap<>();
    for (LinkState s : links.values()) {
      if (s.listenUrl.isPresent() && s.team.isPresent()) {
        teamByUrl.put(PeerDialer.normalize(s.listenUrl.get()), s.team.getAsLong());
      }
    }
    List<LinkState> first = new ArrayList<>();
    List<LinkState> rest = new ArrayList<>();
    for (LinkState s : targets(Topic.VOTES, null)) {
      Long team =
          s.team.isPresent()
              ? Long.valueOf(s.team.getAsLong())
              : s.link.dialled().map(teamByUrl::get).orElse(null);
      boolean next = team != null && nextProducers.stream().anyMatch(t -> t.value() == team);
      (next ? first : rest).add(s);
    }
    sendAll(first, text);
    sendAll(rest, text);
  }

  /** Forwards a transaction that entered the mempool (once). */
  public void broadcastTransaction(Transaction tx) {
    if (seenTransactions.add(tx.id(chainId))) {
      send(Topic.TRANSACTIONS, Wire.transaction(tx), null);
    }
  }

  /** Tells finality subscribers of a new final block. */
  public void broadcastFinal(FinalityProof proof) {
    send(Topic.FINALITY, Wire.finality(proof), null);
  }

  /**
   * Sends verified fork evidence to every link that takes it (every node peer, and clients that
   * subscribed), except the one it came from. Its caller sends each piece once.
   */
  public void forwardEvidence(ForkEvidence forkEvidence, Optional<Peer> except) {
    send(Topic.EVIDENCE, Wire.evidence(forkEvidence), except.orElse(null));
  }

  /** Asks {@code peer} for block {@code id} and its ancestors above {@code have}. */
  public void requestBlocks(Peer peer, Hash32 id, long have) {
    LinkState state = links.get(peer);
    if (state != null) {
      state.link.send(Wire.getBlocks(id, have));
    }
  }

  /** Answers a request of {@code peer}, one block per message in height order. */
  public void sendBlocks(Peer peer, List<Block> blocks) {
    LinkState state = links.get(peer);
    if (state != null) {
      for (Block b : blocks) {
        if (!state.link.send(Wire.block(b))) {
          return;
        }
      }
    }
  }

  private void send(Topic topic, String text, Peer except) {
    sendAll(targets(topic, except), text);
  }

  /**
   * The links that want {@code topic}, other than {@code except}, one per peer node: when this node
   * dialled a peer that also dialled it, messages go on the link this node opened only (the peer
   * does the same the other way), so no pair of nodes carries a message twice.
   */
  private List<LinkState> targets(Topic topic, Peer except) {
    java.util.Set<String> dialled = new java.util.HashSet<>();
    for (LinkState s : links.values()) {
      s.link.dialled().ifPresent(dialled::add);
    }
    List<LinkState> targets = new ArrayList<>();
    for (LinkState s : links.values()) {
      boolean twin =
          s.link.dialled().isEmpty()
              && s.listenUrl.map(u -> dialled.contains(PeerDialer.normalize(u))).orElse(false);
      if (s.topics.contains(topic) && !s.link.peer().equals(except) && !twin) {
        targets.add(s);
      }
    }
    return targets;
  }

  private void sendAll(Collection<LinkState> targets, String text) {
    for (LinkState s : targets) {
      if (!s.link.send(text)) {
        links.remove(s.link.peer());
        s.link.close("too slow: its send buffer is full");
      }
    }
  }
}
