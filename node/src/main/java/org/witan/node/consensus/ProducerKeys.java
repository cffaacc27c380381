package org.witan.node.consensus;

import java.util.Optional;
import org.witan.core.crypto.SigningKey;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;

/**
 * The keys a producer node holds: the key that signs its blocks (its team's signer or standby key)
 * and the key that signs its votes (its team's attester key). The team is not fixed here: it is
 * whichever producer of the schedule holds these keys, so a node produces for a team that was
 * registered after genesis once it is elected, and keeps producing for a team whose keys move to
 * this node (a partner replaced). Holds secrets: not a record, and never printed. The caller owns
 * the keys and closes them.
 */
public final class ProducerKeys {
  private final SigningKey blockKey;
  private final SigningKey attesterKey;

  public ProducerKeys(SigningKey blockKey, SigningKey attesterKey) {
    this.blockKey = blockKey;
    this.attesterKey = attesterKey;
  }

  public SigningKey blockKey() {
    return blockKey;
  }

  public SigningKey attesterKey() {
    return attesterKey;
  }

  /** Whether these keys sign {@code producer}'s blocks and votes. */
  public boolean act(Producer producer) {
    return producer.maySignBlocks(blockKey.publicKey())
        && producer.attesterKey().equals(attesterKey.publicKey());
  }

  /** The team of {@code set} these keys act for, if any. */
  public Optional<TeamId> teamIn(ProducerSet set) {
    return set.producers().stream().filter(this::act).map(Producer::team).findFirst();
  }

  @Override
  public String toString() {
    return "ProducerKeys(attester " + attesterKey.publicKey() + ")";
  }
}
