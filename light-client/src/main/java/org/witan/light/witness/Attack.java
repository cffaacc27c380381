package org.witan.light.witness;

import java.time.Instant;
import org.witan.core.codec.Codec;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;

/**
 * Two certified answers that cannot both be true: the chain forked under a captured quorum, or one
 * of the peers holds keys that should not sign. The client cannot tell which side is honest, so it
 * trusts neither and waits for a person (a new checkpoint) or for the evidence to be judged.
 *
 * @param evidence the two answers, both verified under the client's trusted sets
 * @param primary the peer the client synced from
 * @param witness the peer whose answer conflicts
 * @param detectedAt when the client saw it
 */
public record Attack(ForkEvidence evidence, String primary, String witness, Instant detectedAt) {
  /** Peer names longer than this are cut when an attack is written down. */
  static final int MAX_NAME_BYTES = 1024;

  /**
   * Encoding (to keep an attack across restarts): {@code u64 detectedAtMillis || bytes primary ||
   * bytes witness || ForkEvidence evidence}.
   */
  public static final Codec<Attack> CODEC =
      Codec.of(
          8 + 2 * (5 + MAX_NAME_BYTES) + ForkEvidenceCodec.INSTANCE.maxEncodedSize(),
          (w, a) -> {
            w.u64(a.detectedAt.toEpochMilli());
            w.utf8(clip(a.primary));
            w.utf8(clip(a.witness));
            ForkEvidenceCodec.INSTANCE.write(w, a.evidence);
          },
          r -> {
            Instant at = Instant.ofEpochMilli(r.u64());
            String primary = r.utf8(MAX_NAME_BYTES);
            String witness = r.utf8(MAX_NAME_BYTES);
            return new Attack(ForkEvidenceCodec.INSTANCE.read(r), primary, witness, at);
          });

  private static String clip(String name) {
    int end = MAX_NAME_BYTES / 4; // a char is at most 3 UTF-8 bytes, a surrogate pair 4
    if (name.length() <= end) {
      return name;
    }
    return name.substring(0, Character.isHighSurrogate(name.charAt(end - 1)) ? end - 1 : end);
  }
}
