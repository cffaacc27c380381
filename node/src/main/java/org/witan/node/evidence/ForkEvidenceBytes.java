package org.witan.node.evidence;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;

/**
 * Decodes fork evidence from a peer with {@link ForkEvidenceCodec}, and tells a malformed encoding
 * from two well-formed items that simply do not conflict (docs/peer-api.md answers the first {@code
 * BAD_REQUEST} and the second {@code REJECTED}). Every length is bounded before anything is
 * allocated.
 */
public final class ForkEvidenceBytes {
  private ForkEvidenceBytes() {}

  /** What the bytes hold. */
  public sealed interface Decoded {}

  /** Canonical fork evidence (not verified yet). */
  public record Evidence(ForkEvidence evidence) implements Decoded {}

  /** A tag and two well-formed items of that kind that do not form a conflict. */
  public record NotAConflict(String detail) implements Decoded {}

  /** Not an encoding of two items. */
  public record Malformed(String detail) implements Decoded {}

  public static Decoded decode(byte[] bytes) {
    if (bytes.length > ForkEvidenceCodec.INSTANCE.maxEncodedSize()) {
      return new Malformed("larger than any fork evidence: " + bytes.length + " bytes");
    }
    try {
      return new Evidence(ForkEvidenceCodec.INSTANCE.decode(bytes));
    } catch (DecodingException e) {
      return pairOfItems(bytes)
          ? new NotAConflict("the two items do not conflict: " + e.getMessage())
          : new Malformed("does not decode: " + e.getMessage());
    }
  }

  /**
   * True if {@code bytes} are a tag and two items that decode on their own but are not a conflict
   * in either order (two in the wrong order are a conflict, just not canonical: malformed).
   */
  private static boolean pairOfItems(byte[] bytes) {
    try {
      Reader r = Reader.of(bytes);
      int tag = r.tag(2, "fork evidence");
      boolean conflict;
      if (tag == 0) {
        FinalityProof a = FinalityProof.CODEC.read(r);
        FinalityProof b = FinalityProof.CODEC.read(r);
        conflict = ForkEvidence.of(a, b).isPresent();
      } else {
        EpochChange a = EpochChange.CODEC.read(r);
        EpochChange b = EpochChange.CODEC.read(r);
        conflict = ForkEvidence.of(a, b).isPresent();
      }
      r.expectEnd();
      return !conflict;
    } catch (DecodingException e) {
      return false;
    }
  }
}
