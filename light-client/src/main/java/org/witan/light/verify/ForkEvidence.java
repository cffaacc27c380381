package org.witan.light.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.producer.ProducerSet;

/**
 * Two answers that each verify under the client's trusted sets but cannot both be true: the proof
 * that at least a third of a producer set signed two forks (docs/protocol.md 7 and 11). A light
 * client that holds one stops believing anything is final and offers the evidence to other peers.
 * Pure: the caller verified both answers before pairing them.
 *
 * <p>Encoding ({@link ForkEvidenceCodec}): a tag ({@code 0} conflicting finality proofs, {@code 1}
 * conflicting epoch changes) and the two items in canonical order (the smaller encoding first), so
 * one conflict has one encoding.
 */
public sealed interface ForkEvidence
    permits ForkEvidence.ConflictingFinality, ForkEvidence.ConflictingEpochChange {

  /** The encoding's tag. */
  int tag();

  /** The height of the conflict (of the two final blocks, or of the first of the two changes). */
  long height();

  /** The two certified headers that cannot both be on the chain. */
  List<BlockHeader> conflictingHeaders();

  /**
   * The two headers as on-chain evidence against their producer, when one team signed both for the
   * same slot: submit it in a {@code SubmitEvidence} transaction to slash the team.
   */
  default Optional<DoubleProposal> doubleProposal() {
    BlockHeader a = conflictingHeaders().get(0);
    BlockHeader b = conflictingHeaders().get(1);
    HeaderBody x = a.body();
    HeaderBody y = b.body();
    if (x.producer().equals(y.producer()) && x.slot().equals(y.slot()) && !x.equals(y)) {
      return Optional.of(DoubleProposal.of(a, b));
    }
    return Optional.empty();
  }

  /**
   * Two finality proofs of different blocks at one height.
   *
   * @param first the proof whose encoding sorts first
   * @param second the other
   */
  record ConflictingFinality(FinalityProof first, FinalityProof second) implements ForkEvidence {
    public ConflictingFinality {
      HeaderBody a = first.block().body();
      HeaderBody b = second.block().body();
      if (!a.height().equals(b.height()) || a.equals(b)) {
        throw new IllegalArgumentException("conflicting finality is two blocks at one height");
      }
      if (compare(FinalityProof.CODEC.encode(first), FinalityProof.CODEC.encode(second)) > 0) {
        throw new IllegalArgumentException("the proofs must be in canonical order");
      }
    }

    @Override
    public int tag() {
      return 0;
    }

    @Override
    public long height() {
      return first.block().body().height().value();
    }

    @Override
    public List<BlockHeader> conflictingHeaders() {
      return List.of(first.block(), second.block());
    }
  }

  /**
   * Two epoch changes to one generation that name different sets, or different first headers at one
   * height.
   *
   * @param first the change whose encoding sorts first
   * @param second the other
   */
  record ConflictingEpochChange(EpochChange first, EpochChange second) implements ForkEvidence {
    public ConflictingEpochChange {
      if (!conflict(first, second)) {
        throw new IllegalArgumentException(
            "conflicting epoch changes lead to one generation with different sets or headers");
      }
      if (compare(EpochChange.CODEC.encode(first), EpochChange.CODEC.encode(second)) > 0) {
        throw new IllegalArgumentException("the changes must be in canonical order");
      }
    }

    @Override
    public int tag() {
      return 1;
    }

    @Override
    public long height() {
      return Math.min(
          first.firstHeader().body().height().value(),
          second.firstHeader().body().height().value());
    }

    @Override
    public List<BlockHeader> conflictingHeaders() {
      return List.of(first.firstHeader(), second.firstHeader());
    }
  }

  /**
   * The evidence if {@code a} and {@code b}, both verified, prove different blocks final at one
   * height; empty if they agree or are about different heights.
   */
  static Optional<ForkEvidence> of(FinalityProof a, FinalityProof b) {
    HeaderBody x = a.block().body();
    HeaderBody y = b.block().body();
    if (!x.height().equals(y.height()) || x.equals(y)) {
      return Optional.empty();
    }
    boolean ordered = compare(FinalityProof.CODEC.encode(a), FinalityProof.CODEC.encode(b)) < 0;
    return Optional.of(ordered ? new ConflictingFinality(a, b) : new ConflictingFinality(b, a));
  }

  /**
   * The evidence if {@code a} and {@code b}, both verified against the same trusted set, hand trust
   * to different sets or start the generation with different headers at one height.
   */
  static Optional<ForkEvidence> of(EpochChange a, EpochChange b) {
    if (!conflict(a, b)) {
      return Optional.empty();
    }
    boolean ordered = compare(EpochChange.CODEC.encode(a), EpochChange.CODEC.encode(b)) < 0;
    return Optional.of(
        ordered ? new ConflictingEpochChange(a, b) : new ConflictingEpochChange(b, a));
  }

  private static boolean conflict(EpochChange a, EpochChange b) {
    ProducerSet x = a.nextSet();
    ProducerSet y = b.nextSet();
    if (x.generation() != y.generation()) {
      return false;
    }
    HeaderBody p = a.firstHeader().body();
    HeaderBody q = b.firstHeader().body();
    return !x.equals(y) || (p.height().equals(q.height()) && !p.equals(q));
  }

  static int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }
}
