package org.witan.light.verify;

import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;

/**
 * The canonical encoding of {@link ForkEvidence}: a tag ({@code 0} conflicting finality proofs,
 * {@code 1} conflicting epoch changes) and the two items in canonical order. Decoding rejects pairs
 * that do not conflict or are out of order, so one conflict has one encoding.
 */
public final class ForkEvidenceCodec implements Codec<ForkEvidence> {
  public static final ForkEvidenceCodec INSTANCE = new ForkEvidenceCodec();

  private ForkEvidenceCodec() {}

  @Override
  public int maxEncodedSize() {
    return 1
        + 2 * Math.max(FinalityProof.CODEC.maxEncodedSize(), EpochChange.CODEC.maxEncodedSize());
  }

  @Override
  public void write(Writer w, ForkEvidence e) {
    w.u8(e.tag());
    if (e instanceof ForkEvidence.ConflictingFinality f) {
      FinalityProof.CODEC.write(w, f.first());
      FinalityProof.CODEC.write(w, f.second());
    } else if (e instanceof ForkEvidence.ConflictingEpochChange c) {
      EpochChange.CODEC.write(w, c.first());
      EpochChange.CODEC.write(w, c.second());
    }
  }

  @Override
  public ForkEvidence read(Reader r) throws DecodingException {
    int start = r.position();
    int tag = r.tag(2, "fork evidence");
    if (tag == 0) {
      FinalityProof a = FinalityProof.CODEC.read(r);
      FinalityProof b = FinalityProof.CODEC.read(r);
      return r.build(start, () -> new ForkEvidence.ConflictingFinality(a, b));
    }
    EpochChange a = EpochChange.CODEC.read(r);
    EpochChange b = EpochChange.CODEC.read(r);
    return r.build(start, () -> new ForkEvidence.ConflictingEpochChange(a, b));
  }
}
