package org.witan.core.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.Signature;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.SignerBitmap;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;

/**
 * Arbitraries for finality: vote targets, votes, signer bitmaps, quorum certificates and evidence.
 * Certificates carry random signatures (their bitmaps and counts are consistent); conflicting votes
 * are real conflicts signed by a real key, so they are valid evidence on any chain id they were
 * generated for.
 */
public final class FinalityArbitraries {
  /** Slots for generated targets stay below this, so derived slots cannot overflow. */
  private static final long SLOT_BOUND = 1L << 60;

  /** The most signers a certificate can list: the largest producer set. */
  private static final int MAX_SIGNERS = 255;

  private FinalityArbitraries() {}

  public static Arbitrary<VoteTarget> voteTargets() {
    return Combinators.combine(
            CoreArbitraries.slots(),
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            CoreArbitraries.hashes().list().ofSize(4),
            CoreArbitraries.heights(),
            CoreArbitraries.u63())
        .as(
            (slot, claim, h, height, generation) ->
                new VoteTarget(
                    h.get(0),
                    height,
                    slot,
                    atOrBefore(claim, slot),
                    generation,
                    h.get(1),
                    h.get(2),
                    h.get(3)));
  }

  /** A slot at or before {@code slot}, picked by {@code random} (any non-negative long). */
  static Slot atOrBefore(long random, Slot slot) {
    return random <= slot.value() ? Slot.of(random) : Slot.of(random % (slot.value() + 1));
  }

  /** {@code target} moved to {@code slot}, claiming {@code claimSlot}. */
  static VoteTarget moved(VoteTarget target, Slot slot, Slot claimSlot) {
    return new VoteTarget(
        target.blockId(),
        target.height(),
        slot,
        claimSlot,
        target.generation(),
        target.nextSetHash(),
        target.stateRoot(),
        target.historyRoot());
  }

  /** Votes with random voter keys and signatures. */
  public static Arbitrary<Vote> votes() {
    return Combinators.combine(
            voteTargets(),
            Arbitraries.of(true, false),
            CoreArbitraries.publicKeys(),
            CoreArbitraries.signatures())
        .as(Vote::new);
  }

  /** Votes signed by a real key on {@code chainId}: each verifies. */
  public static Arbitrary<Vote> signedVotes(ChainId chainId) {
    return Combinators.combine(
            voteTargets(), Arbitraries.of(true, false), CoreArbitraries.signingKeys())
        .as((t, strong, key) -> Vote.sign(t, strong, key, chainId));
  }

  /** 0 to 32 random bytes, as the encoding allows. */
  public static Arbitrary<SignerBitmap> signerBitmaps() {
    return CoreArbitraries.bytesUpTo(SignerBitmap.MAX_BYTES).map(SignerBitmap::ofBytes);
  }

  /**
   * Certificates with consistent bitmaps (equal lengths, disjoint, at most 255 bits in all) and one
   * random signature per set bit. Sparse bitmaps are likelier than full ones.
   */
  public static Arbitrary<QuorumCertificate> quorumCertificates() {
    Arbitrary<Integer> bitState =
        Arbitraries.frequency(List.of(Tuple.of(5, 0), Tuple.of(3, 1), Tuple.of(2, 2)));
    return Combinators.combine(
            voteTargets(),
            CoreArbitraries.u63(),
            Arbitraries.integers()
                .between(0, SignerBitmap.MAX_BYTES)
                .flatMap(bytes -> bitState.list().ofSize(bytes * 8)),
            CoreArbitraries.hashes())
        .as(FinalityArbitraries::certificate);
  }

  /**
   * A certificate whose bit {@code i} is absent (0), strong (1) or weak (2) as {@code states} says,
   * up to 255 signers, with signatures derived from {@code seed}.
   */
  private static QuorumCertificate certificate(
      VoteTarget target, long generation, List<Integer> states, Hash32 seed) {
    int bytes = states.size() / 8;
    SignerBitmap strong = SignerBitmap.ofBytes(new byte[bytes]);
    SignerBitmap weak = SignerBitmap.ofBytes(new byte[bytes]);
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < states.size() && signatures.size() < MAX_SIGNERS; i++) {
      int state = states.get(i);
      if (state == 1) {
        strong = strong.with(i);
      } else if (state == 2) {
        weak = weak.with(i);
      }
      if (state != 0) {
        signatures.add(derivedSignature(seed, i));
      }
    }
    return new QuorumCertificate(target, generation, strong, weak, signatures);
  }

  /** 64 pseudo-random bytes from {@code seed} and {@code index}. */
  static Signature derivedSignature(Hash32 seed, int index) {
    byte[] sig = new byte[Signature.SIZE];
    Hash32.sha256(seed.bytes(), new byte[] {(byte) index, 0}).copyTo(sig, 0);
    Hash32.sha256(seed.bytes(), new byte[] {(byte) index, 1}).copyTo(sig, Hash32.SIZE);
    return Signature.of(sig);
  }

  /** Two different random headers of one producer and slot, with random signatures. */
  public static Arbitrary<DoubleProposal> doubleProposals() {
    return Combinators.combine(
            ChainArbitraries.rivalHeaderBodies(),
            CoreArbitraries.signatures(),
            CoreArbitraries.signatures())
        .as(
            (bodies, s1, s2) ->
                DoubleProposal.of(
                    new BlockHeader(bodies.get1(), s1), new BlockHeader(bodies.get2(), s2)));
  }

  /**
   * Evidence that {@link org.witan.core.finality.EvidenceRules} accepts on {@code chainId}: two
   * votes by one real key that vote twice in one slot or strictly surround each other (both
   * strong).
   */
  public static Arbitrary<ConflictingVotes> conflictingVotes(ChainId chainId) {
    return Arbitraries.oneOf(List.of(doubleVotes(chainId), surroundVotes(chainId)));
  }

  /** Conflicting votes on the chain of {@link Fixtures#CHAIN}. */
  public static Arbitrary<ConflictingVotes> conflictingVotes() {
    return conflictingVotes(Fixtures.CHAIN);
  }

  private static Arbitrary<ConflictingVotes> doubleVotes(ChainId chainId) {
    return Combinators.combine(
            voteTargets(),
            voteTargets(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            CoreArbitraries.signingKeys())
        .as(
            (first, other, sameTarget, strong1, strong2, key) -> {
              VoteTarget second =
                  sameTarget ? first : moved(other, first.slot(), first.claimSlot());
              boolean secondStrong = sameTarget ? !strong1 : strong2;
              return ConflictingVotes.of(
                  Vote.sign(first, strong1, key, chainId),
                  Vote.sign(second, secondStrong, key, chainId));
            });
  }

  /** Strong votes for {@code [a, d]} and {@code [b, c]} with {@code a < b <= c < d}. */
  private static Arbitrary<ConflictingVotes> surroundVotes(ChainId chainId) {
    Arbitrary<Long> gap = Arbitraries.longs().between(0, SLOT_BOUND);
    return Combinators.combine(
            gap.list().ofSize(4), voteTargets(), voteTargets(), CoreArbitraries.signingKeys())
        .as(
            (gaps, outer, inner, key) -> {
              Slot a = Slot.of(gaps.get(0));
              Slot b = Slot.of(a.value() + 1 + gaps.get(1));
              Slot c = Slot.of(b.value() + gaps.get(2));
              Slot d = Slot.of(c.value() + 1 + gaps.get(3));
              return ConflictingVotes.of(
                  Vote.sign(moved(outer, d, a), true, key, chainId),
                  Vote.sign(moved(inner, c, b), true, key, chainId));
            });
  }

  public static Arbitrary<Evidence> evidence() {
    return Arbitraries.oneOf(
        List.of(
            doubleProposals().map(Evidence.class::cast),
            conflictingVotes().map(Evidence.class::cast)));
  }
}
