package org.witan.light.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.Param;
import org.witan.light.follow.FollowPolicy;
import org.witan.light.http.HttpLimits;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.verify.TrustRoot;

/**
 * What a {@link LightClient} is built from.
 *
 * @param peers the peers' base URLs ({@code http://host:port}); at least one
 * @param root where trust starts (genesis, or a checkpoint a person confirmed)
 * @param chain the chain's fixed configuration (chain id, network, timing)
 * @param trustingPeriodSeconds how old the newest trusted block may be (protocol 8.2)
 * @param policy how failing peers are treated
 * @param limits the HTTP bounds and timeouts
 * @param pollInterval how often a tracked transaction looks again, and how long {@link
 *     LightClient#follow} waits before syncing again after a failed sync
 * @param follow how {@link LightClient#follow}'s head follower polls, reconnects and cross-checks
 */
public record LightConfig(
    List<URI> peers,
    TrustRoot root,
    ChainConfig chain,
    long trustingPeriodSeconds,
    PeerPolicy policy,
    HttpLimits limits,
    Duration pollInterval,
    FollowPolicy follow) {
  public LightConfig {
    peers = List.copyOf(peers);
    if (peers.isEmpty()) {
      throw new IllegalArgumentException("a light client needs at least one peer");
    }
    if (trustingPeriodSeconds < 1) {
      throw new IllegalArgumentException("the trusting period is positive");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval is positive");
    }
  }

  /** A client that follows the head with {@link FollowPolicy#DEFAULT}. */
  public LightConfig(
      List<URI> peers,
      TrustRoot root,
      ChainConfig chain,
      long trustingPeriodSeconds,
      PeerPolicy policy,
      HttpLimits limits,
      Duration pollInterval) {
    this(
        peers,
        root,
        chain,
        trustingPeriodSeconds,
        policy,
        limits,
        pollInterval,
        FollowPolicy.DEFAULT);
  }

  /**
   * A client of the chain {@code genesis} describes, trusting {@code root}, with the genesis
   * trusting period, the default peer policy and limits, a poll every second, and the default
   * follow policy.
   */
  public static LightConfig of(List<URI> peers, Genesis genesis, TrustRoot root) {
    return new LightConfig(
        peers,
        root,
        genesis.config(),
        genesis.params().get(Param.TRUSTING_PERIOD_SECONDS),
        PeerPolicy.DEFAULTS,
        HttpLimits.DEFAULTS,
        Duration.ofSeconds(1));
  }

  public LightConfig withPollInterval(Duration interval) {
    return new LightConfig(
        peers, root, chain, trustingPeriodSeconds, policy, limits, interval, follow);
  }

  public LightConfig withPolicy(PeerPolicy newPolicy) {
    return new LightConfig(
        peers, root, chain, trustingPeriodSeconds, newPolicy, limits, pollInterval, follow);
  }

  public LightConfig withFollowPolicy(FollowPolicy newFollow) {
    return new LightConfig(
        peers, root, chain, trustingPeriodSeconds, policy, limits, pollInterval, newFollow);
  }
}
