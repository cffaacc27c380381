package org.witan.core.chain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.governance.ParameterChange;
import org.witan.core.value.Amount;

/**
 * The values of every governable parameter. Encoded as the {@code list<ParameterChange>} of all
 * parameters in ascending id order (docs/protocol.md 8.2); every parameter must be present and
 * within its bounds.
 */
public final class Params {
  public static final Codec<Params> CODEC =
      Codec.of(
          2 + Param.values().length * 10,
          (w, p) -> w.list(p.asChanges(), ParameterChange.CODEC),
          r -> {
            int start = r.position();
            List<ParameterChange> changes =
                r.list(Param.values().length, 10, ParameterChange.CODEC);
            return r.build(start, () -> fromChanges(changes));
          });

  private final Map<Param, Long> values;

  private Params(Map<Param, Long> values) {
    this.values = values;
  }

  /** Every parameter from a complete, sorted list of changes. */
  public static Params fromChanges(List<ParameterChange> changes) {
    List<ParameterChange> sorted =
        Canonical.sortedSet(changes, Param.values().length, Param.values().length, "parameters");
    Map<Param, Long> values = new EnumMap<>(Param.class);
    for (ParameterChange c : sorted) {
      values.put(checked(c), c.value());
    }
    return new Params(values);
  }

  /** The main network's values (docs/protocol.md 8.2). */
  public static Params mainDefaults() {
    return defaults(false);
  }

  /** Devnet values: short periods so a local network shows everything within minutes. */
  public static Params devnetDefaults() {
    return defaults(true);
  }

  private static Params defaults(boolean devnet) {
    Map<Param, Long> v = new EnumMap<>(Param.class);
    long wit = Amount.UNITS_PER_WIT;
    v.put(Param.UNBONDING_SECONDS, devnet ? 120L : 1_814_400L);
    v.put(Param.TRUSTING_PERIOD_SECONDS, devnet ? 3_600L : 1_209_600L);
    v.put(Param.EVIDENCE_MAX_AGE_SECONDS, devnet ? 3_600L : 1_209_600L);
    v.put(Param.MIN_FEE, 1_000L);
    v.put(Param.SUPER_NODE_COLLATERAL, (devnet ? 100L : 10_000L) * wit);
    v.put(Param.SUPER_NODE_SEATS, 1_024L);
    v.put(Param.DEPOSIT_PERIOD_SECONDS, devnet ? 120L : 604_800L);
    v.put(Param.VOTING_PERIOD_SECONDS, devnet ? 120L : 604_800L);
    v.put(Param.MIN_DEPOSIT, (devnet ? 10L : 1_000L) * wit);
    v.put(Param.STAKE_QUORUM_BPS, 3_340L);
    v.put(Param.STAKE_THRESHOLD_BPS, 5_000L);
    v.put(Param.STAKE_VETO_BPS, 3_340L);
    v.put(Param.SUPER_NODE_PARTICIPATION_BPS, 3_334L);
    v.put(Param.SUPER_NODE_MARGIN_BPS, 1_000L);
    v.put(Param.EQUIVOCATION_SLASH_BPS, 500L);
    v.put(Param.DOWNTIME_WINDOW_BLOCKS, devnet ? 60L : 7_056L);
    v.put(Param.DOWNTIME_MAX_MISSED_BPS, 5_000L);
    v.put(Param.JAIL_SECONDS, devnet ? 60L : 86_400L);
    v.put(Param.BLOCK_REWARD, 2 * wit);
    v.put(Param.VOTE_POOL_PER_BLOCK, wit);
    v.put(Param.MAX_COMMISSION_CHANGE_BPS, 500L);
    v.put(Param.MIN_SELF_BOND, (devnet ? 10L : 1_000L) * wit);
    v.put(Param.HEARTBEAT_BLOCKS, devnet ? 60L : 7_056L);
    return new Params(v);
  }

  public long get(Param param) {
    return values.get(param);
  }

  public Amount amount(Param param) {
    return Amount.ofUnsignedUnits(values.get(param));
  }

  /** A copy with {@code changes} applied; each must name a known parameter within bounds. */
  public Params with(List<ParameterChange> changes) {
    Map<Param, Long> copy = new EnumMap<>(values);
    for (ParameterChange c : changes) {
      copy.put(checked(c), c.value());
    }
    return new Params(copy);
  }

  /**
   * The parameter {@code change} sets, after checking that it is known and its value in bounds.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static Param checked(ParameterChange change) {
    Param p =
        Param.ofId(change.parameter())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown parameter " + change.parameter()));
    if (!p.allows(change.value())) {
      throw new IllegalArgumentException(p + " out of bounds: " + change.value());
    }
    return p;
  }

  /** Every parameter as a change, ascending by id. */
  public List<ParameterChange> asChanges() {
    List<ParameterChange> out = new ArrayList<>();
    for (Param p : Param.values()) {
      out.add(new ParameterChange(p.id(), values.get(p)));
    }
    out.sort(null);
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Params" + values;
  }
}
