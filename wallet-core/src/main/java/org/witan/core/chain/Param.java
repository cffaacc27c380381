package org.witan.core.chain;

import java.util.Optional;

/**
 * A governable parameter: its permanent number (used by {@link
 * org.witan.core.governance.ParameterChange}), and the bounds a proposal must respect. See
 * docs/protocol.md section 8.2.
 */
public enum Param {
  UNBONDING_SECONDS(1, 1, Long.MAX_VALUE),
  TRUSTING_PERIOD_SECONDS(2, 1, Long.MAX_VALUE),
  EVIDENCE_MAX_AGE_SECONDS(3, 1, Long.MAX_VALUE),
  MIN_FEE(4, 0, Long.MAX_VALUE),
  SUPER_NODE_COLLATERAL(5, 1, Long.MAX_VALUE),
  SUPER_NODE_SEATS(6, 0, 1_024),
  DEPOSIT_PERIOD_SECONDS(7, 1, Long.MAX_VALUE),
  VOTING_PERIOD_SECONDS(8, 1, Long.MAX_VALUE),
  MIN_DEPOSIT(9, 1, Long.MAX_VALUE),
  STAKE_QUORUM_BPS(10, 0, 10_000),
  STAKE_THRESHOLD_BPS(11, 0, 10_000),
  STAKE_VETO_BPS(12, 0, 10_000),
  SUPER_NODE_PARTICIPATION_BPS(13, 0, 10_000),
  SUPER_NODE_MARGIN_BPS(14, 0, 10_000),
  EQUIVOCATION_SLASH_BPS(15, 0, 10_000),
  DOWNTIME_WINDOW_BLOCKS(16, 1, Long.MAX_VALUE),
  DOWNTIME_MAX_MISSED_BPS(17, 0, 10_000),
  JAIL_SECONDS(18, 0, Long.MAX_VALUE),
  BLOCK_REWARD(19, 0, Long.MAX_VALUE),
  VOTE_POOL_PER_BLOCK(20, 0, Long.MAX_VALUE),
  MAX_COMMISSION_CHANGE_BPS(21, 0, 10_000),
  MIN_SELF_BOND(22, 1, Long.MAX_VALUE),
  HEARTBEAT_BLOCKS(23, 1, Long.MAX_VALUE);

  private final int id;
  private final long min;
  private final long max;

  Param(int id, long min, long max) {
    this.id = id;
    this.min = min;
    this.max = max;
  }

  public int id() {
    return id;
  }

  /** True if {@code value} is within this parameter's bounds. */
  public boolean allows(long value) {
    return value >= min && value <= max;
  }

  public static Optional<Param> ofId(int id) {
    for (Param p : values()) {
      if (p.id == id) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
