package org.witan.core.state;

import org.witan.core.codec.Tagged;

/** The kind byte of a typed state key (docs/protocol.md 9.1). Tags are permanent. */
public enum StateKind implements Tagged {
  ACCOUNT(0x01),
  TEAM(0x02),
  TEAM_NAME(0x03),
  TEAM_KEY(0x04),
  PROXY(0x05),
  SUPER_NODE(0x06),
  SUPER_NODE_KEY(0x07),
  PROPOSAL(0x08),
  PROPOSAL_VOTE(0x09),
  PRODUCER_SET(0x0A),
  PARAMS(0x0B),
  GLOBALS(0x0C),
  SUPER_NODE_VOTE(0x0D),
  SUPER_NODE_SLOT(0x0E);

  private final int tag;

  StateKind(int tag) {
    this.tag = tag;
  }

  @Override
  public int tag() {
    return tag;
  }
}
