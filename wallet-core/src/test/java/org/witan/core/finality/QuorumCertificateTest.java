package org.witan.core.finality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Signature;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;

/** Building certificates: the constructor's invariants, and {@link QuorumCertificate#fromVotes}. */
class QuorumCertificateTest {
  private static final ChainId CHAIN = Fixtures.CHAIN;
  private final VoteTarget target = Fixtures.voteTarget();
  private final SigningSet signing = SigningSet.ofSize(4, 0);

  @Test
  void fromVotesOrdersStrongThenWeakByPosition() {
    List<Vote> votes =
        new ArrayList<>(
            List.of(
                signing.vote(3, target, false, CHAIN),
                signing.vote(2, target, true, CHAIN),
                signing.vote(0, target, true, CHAIN)));
    Collections.reverse(votes);
    QuorumCertificate qc = QuorumCertificate.fromVotes(target, signing.set(), votes);
    assertEquals(signing.certificate(target, CHAIN, List.of(0, 2), List.of(3)), qc);
    assertTrue(CertificateVerifier.verify(qc, signing.set(), CHAIN).isAccepted());
    assertFalse(qc.isStrongFor(signing.set()));
  }

  @Test
  void fromVotesIgnoresOutsidersDuplicatesAndOtherTargets() {
    VoteTarget other = VoteTarget.of(Fixtures.header(), CHAIN);
    SigningSet outsiders = SigningSet.ofSize(6, 0);
    List<Vote> votes =
        List.of(
            signing.vote(1, target, true, CHAIN),
            signing.vote(1, target, false, CHAIN),
            signing.vote(1, target, true, CHAIN),
            outsiders.vote(5, target, true, CHAIN),
            signing.vote(2, other, true, CHAIN),
            signing.vote(3, target, true, CHAIN));
    QuorumCertificate qc = QuorumCertificate.fromVotes(target, signing.set(), votes);
    assertEquals(signing.certificate(target, CHAIN, List.of(1, 3), List.of()), qc);
    assertEquals(2, qc.signatures().size());
  }

  @Test
  void fromNoVotesIsAnEmptyCertificateOfTheRightSize() {
    QuorumCertificate qc =
        QuorumCertificate.fromVotes(target, SigningSet.ofSize(21, 0).set(), List.of());
    assertEquals(3, qc.strong().byteLength());
    assertEquals(0, qc.signatures().size());
  }

  @Test
  void aSignerIsStrongOrWeakNotBoth() {
    SignerBitmap bits = SignerBitmap.empty(4).with(0).with(1);
    SignerBitmap overlap = SignerBitmap.empty(4).with(1);
    List<Signature> three = signatures(3);
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuorumCertificate(target, 0, bits, overlap, three));
    CodecAssertions.assertRejected(QuorumCertificate.CODEC, bytes(bits, overlap, three));
  }

  @Test
  void bothBitmapsHaveOneLength() {
    SignerBitmap one = SignerBitmap.empty(4).with(0);
    SignerBitmap two = SignerBitmap.ofBytes(new byte[2]);
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuorumCertificate(target, 0, one, two, signatures(1)));
    CodecAssertions.assertRejected(QuorumCertificate.CODEC, bytes(one, two, signatures(1)));
  }

  @Test
  void oneSignaturePerSetBit() {
    SignerBitmap strong = SignerBitmap.empty(4).with(0).with(2);
    SignerBitmap weak = SignerBitmap.empty(4).with(3);
    for (int count : new int[] {0, 2, 4}) {
      List<Signature> sigs = signatures(count);
      assertThrows(
          IllegalArgumentException.class,
          () -> new QuorumCertificate(target, 0, strong, weak, sigs));
      CodecAssertions.assertRejected(QuorumCertificate.CODEC, bytes(strong, weak, sigs));
    }
    CodecAssertions.assertRejectedOrCanonical(
        QuorumCertificate.CODEC, bytes(strong, weak, signatures(3)));
  }

  @Test
  void atMost255Signers() {
    byte[] all = new byte[SignerBitmap.MAX_BYTES];
    Arrays.fill(all, (byte) 0xFF);
    SignerBitmap full = SignerBitmap.ofBytes(all);
    SignerBitmap none = SignerBitmap.ofBytes(new byte[SignerBitmap.MAX_BYTES]);
    assertEquals(256, full.count());
    // 256 bits name a position no set has: such a certificate could not be decoded again.
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuorumCertificate(target, 0, full, none, signatures(256)));
    CodecAssertions.assertRejected(QuorumCertificate.CODEC, bytes(full, none, signatures(256)));
  }

  @Test
  void theGenerationIsU63() {
    SignerBitmap none = SignerBitmap.empty(4);
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuorumCertificate(target, -1, none, none, List.of()));
    Writer w = new Writer().fixed(VoteTarget.CODEC.encode(target)).u64(-1);
    w.bytes(none.bytes()).bytes(none.bytes()).varint(0);
    CodecAssertions.assertRejected(QuorumCertificate.CODEC, w.toByteArray());
  }

  private byte[] bytes(SignerBitmap strong, SignerBitmap weak, List<Signature> sigs) {
    Writer w = new Writer().fixed(VoteTarget.CODEC.encode(target)).u64(0);
    w.bytes(strong.bytes()).bytes(weak.bytes()).varint(sigs.size());
    sigs.forEach(s -> w.fixed(s.bytes()));
    return w.toByteArray();
  }

  private static List<Signature> signatures(int count) {
    List<Signature> sigs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] bytes = new byte[Signature.SIZE];
      bytes[0] = (byte) i;
      bytes[1] = (byte) (i >> 8);
      sigs.add(Signature.of(bytes));
    }
    return sigs;
  }
}
