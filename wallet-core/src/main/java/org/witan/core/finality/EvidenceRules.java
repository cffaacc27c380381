package org.witan.core.finality;

import org.witan.core.crypto.Ed25519;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.Producer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * What two signed items must show to be slashable evidence. Pure and thread-safe.
 *
 * <p>Two votes by one key conflict when
 *
 * <ul>
 *   <li>they have the same timestamp (the voted block's slot) and differ: vote timestamps strictly
 *       increase, so an honest producer votes once per slot; or
 *   <li>both are strong and one's range {@code [claimSlot, slot]} strictly surrounds the other's: a
 *       strong vote locks on the claimed block, and a producer that follows the lock never casts a
 *       strong vote whose claim is older than its lock on a later block.
 * </ul>
 */
public final class EvidenceRules {
  private EvidenceRules() {}

  /** Checks conflicting votes completely: both signatures and the conflict. */
  public static Verdict<EvidenceFault> check(ConflictingVotes evidence, ChainId chainId) {
    if (!evidence.first().verify(chainId) || !evidence.second().verify(chainId)) {
      return Verdict.rejected(EvidenceFault.BAD_SIGNATURE, "a vote's signature does not verify");
    }
    return conflict(evidence.first(), evidence.second())
        ? Verdict.accepted()
        : Verdict.rejected(EvidenceFault.NO_CONFLICT, "the votes break no voting rule together");
  }

  /**
   * Checks a double proposal against the team's block keys at that generation, which only the state
   * knows.
   */
  public static Verdict<EvidenceFault> check(
      DoubleProposal evidence, Producer producer, ChainId chainId) {
    if (!producer.team().equals(evidence.first().body().producer())) {
      return Verdict.rejected(
          EvidenceFault.WRONG_PRODUCER,
          "the headers are by team "
              + evidence.first().body().producer()
              + ", checked against team "
              + producer.team());
    }
    if (!signedBy(evidence.first(), producer, chainId)
        || !signedBy(evidence.second(), producer, chainId)) {
      return Verdict.rejected(
          EvidenceFault.BAD_SIGNATURE, "a header is not signed by the team's block keys");
    }
    return Verdict.accepted();
  }

  private static boolean signedBy(BlockHeader header, Producer producer, ChainId chainId) {
    var id = header.id(chainId);
    return Ed25519.verify(producer.signerKey(), id, header.signature())
        || producer.standbyKey().map(k -> Ed25519.verify(k, id, header.signature())).orElse(false);
  }

  /** True if no producer following the voting rules could have signed both votes. */
  public static boolean conflict(Vote a, Vote b) {
    if (!a.voter().equals(b.voter())) {
      return false;
    }
    VoteTarget x = a.target();
    VoteTarget y = b.target();
    if (x.slot().equals(y.slot())) {
      return !x.equals(y) || a.strong() != b.strong();
    }
    return a.strong() && b.strong() && (surrounds(x, y) || surrounds(y, x));
  }

  private static boolean surrounds(VoteTarget outer, VoteTarget inner) {
    return outer.claimSlot().compareTo(inner.claimSlot()) < 0
        && inner.slot().compareTo(outer.slot()) < 0;
  }
}
