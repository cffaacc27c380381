package org.witan.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.witan.core.value.ChainId;

/**
 * Domain separation for everything that is signed or hashed as a commitment. A digest is
 *
 * <pre>SHA-256( u8 len(tag) || tag || u8 len(chain id) || chain id || canonical bytes )</pre>
 *
 * so a signature made for one purpose or on one chain is never valid for another. The signing
 * domains are {@link #TRANSACTION}, {@link #HEADER} and {@link #VOTE}; the others name hashes.
 */
public enum Domain {
  /** Signed by a transaction's sender and co-signers; also the transaction id. */
  TRANSACTION("WITAN/TX/v1"),
  /** Signed by the producing team's signer key; also the block id. */
  HEADER("WITAN/HEADER/v1"),
  /** Signed by a producer's attester key over a block's finality digest. */
  VOTE("WITAN/VOTE/v1"),
  /** The hash of a producer set, committed to in headers. */
  PRODUCER_SET("WITAN/SET/v1"),
  /** The finality digest of a block, which votes sign. */
  FINALITY("WITAN/FINALITY/v1");

  // Never written after construction and never handed out: the copy in tag() is a String.
  @SuppressWarnings("ImmutableEnumChecker")
  private final byte[] tag;

  Domain(String tag) {
    this.tag = tag.getBytes(StandardCharsets.US_ASCII);
  }

  /** The ASCII tag, for documentation and tests. */
  public String tag() {
    return new String(tag, StandardCharsets.US_ASCII);
  }

  /** The domain-separated digest of {@code canonical} on chain {@code chainId}. */
  public Hash32 digest(ChainId chainId, byte[] canonical) {
    byte[] chain = chainId.bytes();
    MessageDigest md = Sha256.instance();
    md.update((byte) tag.length);
    md.update(tag);
    md.update((byte) chain.length);
    md.update(chain);
    md.update(canonical);
    return Hash32.wrap(md.digest());
  }
}
