package org.witan.core.finality;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Ed25519;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.value.ChainId;

/**
 * One producer's attestation of a block: strong when the voter is not switching branches, weak
 * otherwise (see docs/protocol.md, voting rules). Signed by the producer's attester key over {@link
 * VoteTarget#signingDigest}. Encoding: {@code VoteTarget target || bool strong || PublicKey voter
 * || Signature signature}.
 */
public record Vote(VoteTarget target, boolean strong, PublicKey voter, Signature signature) {
  public static final int SIZE = VoteTarget.SIZE + 1 + PublicKey.SIZE + Signature.SIZE;

  public static final Codec<Vote> CODEC =
      Codec.of(
          SIZE,
          (w, v) -> {
            VoteTarget.CODEC.write(w, v.target);
            w.bool(v.strong);
            PublicKey.CODEC.write(w, v.voter);
            Signature.CODEC.write(w, v.signature);
          },
          r ->
              new Vote(
                  VoteTarget.CODEC.read(r),
                  r.bool(),
                  PublicKey.CODEC.read(r),
                  Signature.CODEC.read(r)));

  /** Signs a vote with an attester key. */
  public static Vote sign(VoteTarget target, boolean strong, SigningKey attester, ChainId chainId) {
    return new Vote(
        target, strong, attester.publicKey(), attester.sign(target.signingDigest(chainId, strong)));
  }

  /** True if the signature is the voter's over this vote's message on {@code chainId}. */
  public boolean verify(ChainId chainId) {
    return Ed25519.verify(voter, target.signingDigest(chainId, strong), signature);
  }
}
