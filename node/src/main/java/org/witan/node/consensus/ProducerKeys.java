package org.witan.node.consensus;

import org.witan.core.crypto.SigningKey;
import org.witan.core.team.TeamId;

/**
 * The keys a producer node holds: its team, the key that signs its blocks (the team's signer or
 * standby key) and the key that signs its votes (the team's attester key). Holds secrets: not a
 * record, and never printed. The caller owns the keys and closes them.
 */
public final class ProducerKeys {
  private final TeamId team;
  private final SigningKey blockKey;
  private final SigningKey attesterKey;

  public ProducerKeys(TeamId team, SigningKey blockKey, SigningKey attesterKey) {
    this.team = team;
    this.blockKey = blockKey;
    this.attesterKey = attesterKey;
  }

  public TeamId team() {
    return team;
  }

  public SigningKey blockKey() {
    return blockKey;
  }

  public SigningKey attesterKey() {
    return attesterKey;
  }

  @Override
  public String toString() {
    return "ProducerKeys(team " + team + ")";
  }
}
