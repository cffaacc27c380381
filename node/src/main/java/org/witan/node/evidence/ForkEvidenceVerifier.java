package org.witan.node.evidence;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.witan.core.chain.ChainConfig;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;

/**
 * Checks fork evidence against the producer sets a node knows (docs/protocol.md 11.4): both items
 * verify under the light client's rules ({@link LightVerifier}) against the set of their
 * generation, and they contradict each other. Pure and thread-safe.
 */
public final class ForkEvidenceVerifier {
  private ForkEvidenceVerifier() {}

  /**
   * Accepts {@code evidence} if both items verify against {@code sets} and contradict each other.
   *
   * @param sets the final producer set of a generation, if the node has it
   */
  public static Verdict<EvidenceRejection> verify(
      ForkEvidence evidence, LongFunction<Optional<ProducerSet>> sets, ChainConfig config) {
    if (evidence instanceof ForkEvidence.ConflictingFinality f) {
      return finality(f.first(), f.second(), sets, config);
    }
    ForkEvidence.ConflictingEpochChange c = (ForkEvidence.ConflictingEpochChange) evidence;
    return epochChanges(c.first(), c.second(), sets, config);
  }

  private static Verdict<EvidenceRejection> finality(
      FinalityProof first,
      FinalityProof second,
      LongFunction<Optional<ProducerSet>> sets,
      ChainConfig config) {
    List<String> names = List.of("the first proof", "the second proof");
    List<FinalityProof> proofs = List.of(first, second);
    for (FinalityProof proof : proofs) {
      for (BlockHeader header : List.of(proof.block(), proof.child())) {
        long generation = header.body().setGeneration();
        if (sets.apply(generation).isEmpty()) {
          return Verdict.rejected(
              EvidenceRejection.UNKNOWN_GENERATION,
              "this node has no final producer set of generation "
                  + generation
                  + " (the header at height "
                  + header.body().height()
                  + ")");
        }
      }
    }
    for (int i = 0; i < 2; i++) {
      Verdict<LightFault> v = LightVerifier.verifyFinality(proofs.get(i), sets, config);
      if (!v.isAccepted()) {
        return rejected(names.get(i), v);
      }
    }
    if (ForkEvidence.of(first, second).isEmpty()) {
      return Verdict.rejected(
          EvidenceRejection.NOT_A_CONFLICT, "the proofs are not of two blocks at one height");
    }
    return Verdict.accepted();
  }

  private static Verdict<EvidenceRejection> epochChanges(
      EpochChange first,
      EpochChange second,
      LongFunction<Optional<ProducerSet>> sets,
      ChainConfig config) {
    long to = first.toGeneration();
    if (to < 1 || second.toGeneration() != to) {
      return Verdict.rejected(
          EvidenceRejection.NOT_A_CONFLICT, "the changes do not lead to one generation after 0");
    }
    Optional<ProducerSet> trusted = sets.apply(to - 1);
    if (trusted.isEmpty()) {
      return Verdict.rejected(
          EvidenceRejection.UNKNOWN_GENERATION,
          "this node has no final producer set of generation " + (to - 1));
    }
    List<String> names = List.of("the first change", "the second change");
    List<EpochChange> changes = List.of(first, second);
    for (int i = 0; i < 2; i++) {
      Verdict<LightFault> v =
          LightVerifier.verifyEpochChange(trusted.get(), changes.get(i), config);
      if (!v.isAccepted()) {
        return rejected(names.get(i), v);
      }
    }
    if (ForkEvidence.of(first, second).isEmpty()) {
      return Verdict.rejected(
          EvidenceRejection.NOT_A_CONFLICT,
          "the changes name the same set and no two headers at one height");
    }
    return Verdict.accepted();
  }

  private static Verdict<EvidenceRejection> rejected(String item, Verdict<LightFault> fault) {
    return Verdict.rejected(
        EvidenceRejection.DOES_NOT_VERIFY,
        item + " does not verify (" + fault.reason() + "): " + fault.detail());
  }
}
