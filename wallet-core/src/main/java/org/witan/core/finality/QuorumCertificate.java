package org.witan.core.finality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Signature;
import org.witan.core.producer.ProducerSet;

/**
 * A quorum certificate: votes of one producer set for one target, as two disjoint signer bitmaps
 * (strong and weak) and the signatures, strong signers first, each group in schedule order. Strong
 * when the strong signers alone reach the quorum; weak when only both together do.
 *
 * <p>{@code signerGeneration} is the set whose attester keys signed. It equals the target's
 * generation except for the first certificate after a producer-set change, which the new set signs
 * as well (a second certificate for the same target).
 *
 * <p>Encoding: {@code VoteTarget target || u63 signerGeneration || SignerBitmap strong ||
 * SignerBitmap weak || list<Signature>[255] signatures}.
 */
public record QuorumCertificate(
    VoteTarget target,
    long signerGeneration,
    SignerBitmap strong,
    SignerBitmap weak,
    List<Signature> signatures) {
  public static final int MAX_SIZE =
      VoteTarget.SIZE
          + 8
          + 2 * SignerBitmap.CODEC.maxEncodedSize()
          + 2
          + ProducerSet.MAX_PRODUCERS * Signature.SIZE;

  public static final Codec<QuorumCertificate> CODEC =
      Codec.of(MAX_SIZE, QuorumCertificate::write, QuorumCertificate::read);

  public QuorumCertificate {
    if (signerGeneration < 0) {
      throw new IllegalArgumentException("a generation is not negative");
    }
    // At most one signer per position of the largest set: 32-byte bitmaps could name 256.
    signatures = Canonical.bounded(signatures, 0, ProducerSet.MAX_PRODUCERS, "signatures");
    if (strong.byteLength() != weak.byteLength()) {
      throw new IllegalArgumentException("strong and weak bitmaps differ in length");
    }
    if (!strong.disjoint(weak)) {
      throw new IllegalArgumentException("a signer is in both the strong and the weak bitmap");
    }
    if (signatures.size() != strong.count() + weak.count()) {
      throw new IllegalArgumentException(
          "one signature per set bit: "
              + (strong.count() + weak.count())
              + " bits, "
              + signatures.size()
              + " signatures");
    }
  }

  /**
   * Builds a certificate from votes of {@code set} for {@code target}, taking each producer's first
   * vote. The caller has verified the votes; votes by keys outside the set, or for another target,
   * are ignored.
   */
  public static QuorumCertificate fromVotes(
      VoteTarget target, ProducerSet set, Collection<Vote> votes) {
    Signature[] strongSigs = new Signature[set.size()];
    Signature[] weakSigs = new Signature[set.size()];
    SignerBitmap strongBits = SignerBitmap.empty(set.size());
    SignerBitmap weakBits = SignerBitmap.empty(set.size());
    for (Vote vote : votes) {
      Optional<Integer> index = set.indexOfAttester(vote.voter());
      if (index.isEmpty() || !vote.target().equals(target)) {
        continue;
      }
      int i = index.get();
      if (strongSigs[i] != null || weakSigs[i] != null) {
        continue;
      }
      if (vote.strong()) {
        strongSigs[i] = vote.signature();
        strongBits = strongBits.with(i);
      } else {
        weakSigs[i] = vote.signature();
        weakBits = weakBits.with(i);
      }
    }
    List<Signature> ordered = new ArrayList<>();
    for (Signature s : strongSigs) {
      if (s != null) {
        ordered.add(s);
      }
    }
    for (Signature s : weakSigs) {
      if (s != null) {
        ordered.add(s);
      }
    }
    return new QuorumCertificate(target, set.generation(), strongBits, weakBits, ordered);
  }

  /** True if the strong signers alone reach the quorum of {@code set}. */
  public boolean isStrongFor(ProducerSet set) {
    return strong.count() >= set.quorum();
  }

  private static void write(Writer w, QuorumCertificate qc) {
    VoteTarget.CODEC.write(w, qc.target);
    w.u64(qc.signerGeneration);
    SignerBitmap.CODEC.write(w, qc.strong);
    SignerBitmap.CODEC.write(w, qc.weak);
    w.list(qc.signatures, Signature.CODEC);
  }

  private static QuorumCertificate read(Reader r) throws DecodingException {
    int start = r.position();
    VoteTarget target = VoteTarget.CODEC.read(r);
    long generation = r.u63();
    SignerBitmap strong = SignerBitmap.CODEC.read(r);
    SignerBitmap weak = SignerBitmap.CODEC.read(r);
    List<Signature> sigs = r.list(ProducerSet.MAX_PRODUCERS, Signature.SIZE, Signature.CODEC);
    return r.build(start, () -> new QuorumCertificate(target, generation, strong, weak, sigs));
  }
}
