package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/**
 * A registered proxy (docs/protocol.md 9.2, 9.3): its published opinion statement, the vote weight
 * and stake of its followers, its reward index, and the rewards collected for its followers and not
 * yet settled by them. Encoding: {@code Endpoint opinionUrl || Hash32 opinionHash || u128
 * followerWeight || Amount followerStake || u128 proxyIndex || Amount pool}.
 */
public record ProxyState(
    Endpoint opinionUrl,
    Hash32 opinionHash,
    U128 followerWeight,
    Amount followerStake,
    U128 proxyIndex,
    Amount pool) {
  public static final Codec<ProxyState> CODEC =
      Codec.of(
          Endpoint.CODEC.maxEncodedSize() + 32 + 16 + 8 + 16 + 8,
          (w, p) -> {
            Endpoint.CODEC.write(w, p.opinionUrl);
            Hash32.CODEC.write(w, p.opinionHash);
            U128.CODEC.write(w, p.followerWeight);
            Amount.CODEC.write(w, p.followerStake);
            U128.CODEC.write(w, p.proxyIndex);
            Amount.CODEC.write(w, p.pool);
          },
          r ->
              new ProxyState(
                  Endpoint.CODEC.read(r),
                  Hash32.CODEC.read(r),
                  U128.CODEC.read(r),
                  Amount.CODEC.read(r),
                  U128.CODEC.read(r),
                  Amount.CODEC.read(r)));

  /** A new proxy with no followers. */
  public static ProxyState register(Endpoint opinionUrl, Hash32 opinionHash) {
    return new ProxyState(opinionUrl, opinionHash, U128.ZERO, Amount.ZERO, U128.ZERO, Amount.ZERO);
  }

  public ProxyState withOpinion(Endpoint url, Hash32 hash) {
    return new ProxyState(url, hash, followerWeight, followerStake, proxyIndex, pool);
  }

  public ProxyState withFollowers(U128 weight, Amount stake) {
    return new ProxyState(opinionUrl, opinionHash, weight, stake, proxyIndex, pool);
  }

  public ProxyState withRewards(U128 index, Amount newPool) {
    return new ProxyState(opinionUrl, opinionHash, followerWeight, followerStake, index, newPool);
  }
}
