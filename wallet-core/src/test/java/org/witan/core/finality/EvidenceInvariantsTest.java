package org.witan.core.finality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.SigningKey;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.team.TeamId;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.value.Slot;

/**
 * Evidence has one encoding per offence: two different items of one producer (or voter), in
 * canonical order. Each broken invariant throws {@link IllegalArgumentException} when built and
 * fails to decode when written by hand.
 */
class EvidenceInvariantsTest {
  private final BlockHeader low = Fixtures.doubleProposal().first();
  private final BlockHeader high = Fixtures.doubleProposal().second();
  private final Vote lowVote = Fixtures.conflictingVotes().first();
  private final Vote highVote = Fixtures.conflictingVotes().second();

  @Test
  void ofPutsTheItemsInCanonicalOrder() {
    assertEquals(DoubleProposal.of(high, low), DoubleProposal.of(low, high));
    assertEquals(ConflictingVotes.of(highVote, lowVote), ConflictingVotes.of(lowVote, highVote));
    assertEquals(low, DoubleProposal.of(high, low).first());
  }

  @Test
  void headersInTheWrongOrderAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DoubleProposal(high, low));
    CodecAssertions.assertRejected(Evidence.CODEC, evidence(0, high, low));
  }

  @Test
  void oneHeaderTwiceIsNoDoubleProposal() {
    assertThrows(IllegalArgumentException.class, () -> new DoubleProposal(low, low));
    CodecAssertions.assertRejected(Evidence.CODEC, evidence(0, low, low));
    // The same body signed by the signer and by the standby key is still one block.
    BlockHeader resigned = BlockHeader.sign(low.body(), Fixtures.CHAIN, Fixtures.standbyKey());
    assertThrows(IllegalArgumentException.class, () -> DoubleProposal.of(low, resigned));
  }

  @Test
  void headersOfTwoTeamsOrSlotsAreNoDoubleProposal() {
    HeaderBody body = high.body();
    BlockHeader otherTeam = signed(withPlace(body, TeamId.of(12), body.slot()));
    BlockHeader otherSlot = signed(withPlace(body, body.producer(), Slot.of(240_001)));
    for (BlockHeader other : new BlockHeader[] {otherTeam, otherSlot}) {
      assertThrows(IllegalArgumentException.class, () -> DoubleProposal.of(low, other));
      CodecAssertions.assertRejected(Evidence.CODEC, evidence(0, low, other));
      CodecAssertions.assertRejected(Evidence.CODEC, evidence(0, other, low));
    }
  }

  @Test
  void votesInTheWrongOrderAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ConflictingVotes(highVote, lowVote));
    CodecAssertions.assertRejected(Evidence.CODEC, evidence(1, highVote, lowVote));
  }

  @Test
  void oneVoteTwiceIsNoConflict() {
    assertThrows(IllegalArgumentException.class, () -> new ConflictingVotes(lowVote, lowVote));
    CodecAssertions.assertRejected(Evidence.CODEC, evidence(1, lowVote, lowVote));
  }

  @Test
  void votesOfTwoVotersAreRefused() {
    SigningKey other = Keys.labelled("another attester");
    Vote byOther = Vote.sign(highVote.target(), highVote.strong(), other, Fixtures.CHAIN);
    assertThrows(IllegalArgumentException.class, () -> ConflictingVotes.of(lowVote, byOther));
    CodecAssertions.assertRejected(Evidence.CODEC, evidence(1, lowVote, byOther));
    CodecAssertions.assertRejected(Evidence.CODEC, evidence(1, byOther, lowVote));
  }

  @Test
  void unknownEvidenceTagsAreRefused() {
    byte[] valid = Evidence.CODEC.encode(Fixtures.conflictingVotes());
    for (int tag : new int[] {2, 3, 0xFF}) {
      valid[0] = (byte) tag;
      CodecAssertions.assertRejected(Evidence.CODEC, valid);
    }
  }

  @Test
  void aVoteTargetNeverClaimsALaterSlot() {
    VoteTarget t = lowVote.target();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new VoteTarget(
                t.blockId(),
                t.height(),
                t.slot(),
                t.slot().next(),
                t.generation(),
                t.nextSetHash(),
                t.stateRoot(),
                t.historyRoot()));
    byte[] bytes = VoteTarget.CODEC.encode(t);
    byte[] later = new Writer().u64(t.slot().value() + 1).toByteArray();
    System.arraycopy(later, 0, bytes, 32 + 8 + 8, 8);
    CodecAssertions.assertRejected(VoteTarget.CODEC, bytes);
  }

  @Test
  void aVoteStrengthIsZeroOrOne() {
    byte[] bytes = Vote.CODEC.encode(lowVote);
    bytes[VoteTarget.SIZE] = 2;
    CodecAssertions.assertRejected(Vote.CODEC, bytes);
  }

  private static byte[] evidence(int tag, BlockHeader x, BlockHeader y) {
    return new Writer()
        .u8(tag)
        .fixed(BlockHeader.CODEC.encode(x))
        .fixed(BlockHeader.CODEC.encode(y))
        .toByteArray();
  }

  private static byte[] evidence(int tag, Vote x, Vote y) {
    return new Writer()
        .u8(tag)
        .fixed(Vote.CODEC.encode(x))
        .fixed(Vote.CODEC.encode(y))
        .toByteArray();
  }

  private static BlockHeader signed(HeaderBody body) {
    return BlockHeader.sign(body, Fixtures.CHAIN, Fixtures.signerKey(Fixtures.AURORA));
  }

  private static HeaderBody withPlace(HeaderBody b, TeamId producer, Slot slot) {
    return new HeaderBody(
        b.version(),
        b.height(),
        slot,
        b.parent(),
        producer,
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        b.setGeneration(),
        b.setHash(),
        b.nextSetHash(),
        b.qcClaim());
  }
}
