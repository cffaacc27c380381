package org.witan.core.team;

/** A duty a partner performs for its team. The bit is the role's place in {@link Roles}. */
public enum Role {
  /** Writes the team's blocks with the signer key. */
  SIGNING(0x01),
  /** Attests other teams' blocks with the attester key. */
  ATTESTING(0x02),
  /** Runs a public seed node (needs an endpoint). */
  SEED(0x04),
  /** Keeps full history for others to fetch (needs an endpoint). */
  STORAGE(0x08),
  /** Stands by to take over signing or attesting. */
  BACKUP(0x10);

  private final int bit;

  Role(int bit) {
    this.bit = bit;
  }

  public int bit() {
    return bit;
  }

  /** True for roles whose partner must publish an endpoint. */
  public boolean needsEndpoint() {
    return this == SEED || this == STORAGE;
  }
}
