package org.witan.core.header;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.value.ChainId;

/**
 * A signed block header: the body and the producing team's signature over the block id. Encoding:
 * {@code HeaderBody body || Signature signature}.
 */
public record BlockHeader(HeaderBody body, Signature signature) {
  public static final int SIZE = HeaderBody.SIZE + Signature.SIZE;

  public static final Codec<BlockHeader> CODEC =
      Codec.of(
          SIZE,
          (w, h) -> {
            HeaderBody.CODEC.write(w, h.body);
            Signature.CODEC.write(w, h.signature);
          },
          r -> new BlockHeader(HeaderBody.CODEC.read(r), Signature.CODEC.read(r)));

  /** Signs {@code body} with the team's signer (or standby) key. */
  public static BlockHeader sign(HeaderBody body, ChainId chainId, SigningKey signer) {
    return new BlockHeader(body, signer.sign(body.id(chainId)));
  }

  /** The block id on {@code chainId}. */
  public Hash32 id(ChainId chainId) {
    return body.id(chainId);
  }
}
