package org.witan.core.header;

import org.witan.core.crypto.Ed25519;
import org.witan.core.crypto.Hash32;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * Checks a header against the producer set active at it: the generation and set hash match, the
 * producer is the team scheduled for the slot, and the signature is by that team's signer or
 * standby key over the block id. Pure and thread-safe.
 */
public final class HeaderRules {
  private HeaderRules() {}

  public static Verdict<HeaderFault> verify(
      BlockHeader header, ProducerSet set, int blocksPerTurn, ChainId chainId) {
    HeaderBody body = header.body();
    if (body.setGeneration() != set.generation()) {
      return Verdict.rejected(
          HeaderFault.WRONG_GENERATION,
          "header is of generation " + body.setGeneration() + ", set is " + set.generation());
    }
    if (!body.setHash().equals(set.hash(chainId))) {
      return Verdict.rejected(HeaderFault.WRONG_SET_HASH, "set hash does not match the set");
    }
    Producer scheduled = set.scheduledAt(body.slot(), blocksPerTurn);
    if (!scheduled.team().equals(body.producer())) {
      return Verdict.rejected(
          HeaderFault.NOT_SCHEDULED,
          "slot "
              + body.slot()
              + " belongs to team "
              + scheduled.team()
              + ", not "
              + body.producer());
    }
    Hash32 id = body.id(chainId);
    boolean signed =
        Ed25519.verify(scheduled.signerKey(), id, header.signature())
            || scheduled
                .standbyKey()
                .map(k -> Ed25519.verify(k, id, header.signature()))
                .orElse(false);
    return signed
        ? Verdict.accepted()
        : Verdict.rejected(
            HeaderFault.BAD_SIGNATURE, "not signed by team " + scheduled.team() + "'s block keys");
  }
}
