package org.witan.node.p2p;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.tx.Transaction;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;

/** One message on a peer stream (docs/peer-api.md, Streams), decoded and size-checked. */
public sealed interface Message {
  /** A block, gossiped or answering a {@link GetBlocks}. */
  record BlockMessage(Block block) implements Message {}

  /** A vote. */
  record VoteMessage(Vote vote) implements Message {}

  /** A transaction entering a mempool. */
  record TransactionMessage(Transaction transaction) implements Message {}

  /** A new final block's proof. */
  record FinalMessage(FinalityProof proof) implements Message {}

  /** Verified-by-the-sender fork evidence: a safety break (docs/protocol.md 11.4). */
  record EvidenceMessage(ForkEvidence evidence) implements Message {}

  /** Asks for block {@code id} and its ancestors above height {@code have}, lowest first. */
  record GetBlocks(Hash32 id, long have) implements Message {}

  /** The events a client wants on this stream. */
  record Subscribe(Set<Topic> topics) implements Message {
    public Subscribe {
      topics = Set.copyOf(topics);
    }
  }

  /**
   * A node introduces itself: its chain, the URL it serves its peer API on (if any), and the team
   * it produces for (a routing hint for votes, not a credential).
   */
  record Hello(Hash32 genesisHash, Optional<String> listenUrl, OptionalLong team)
      implements Message {}

  /** What a stream subscriber can receive. */
  enum Topic {
    BLOCKS("blocks"),
    VOTES("votes"),
    TRANSACTIONS("transactions"),
    FINALITY("finality"),
    EVIDENCE("evidence");

    private final String wireName;

    Topic(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    static Optional<Topic> named(String name) {
      for (Topic t : values()) {
        if (t.wireName.equals(name)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }
}
