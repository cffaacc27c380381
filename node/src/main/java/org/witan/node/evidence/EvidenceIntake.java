package org.witan.node.evidence;

import java.util.List;
import java.util.Optional;
import org.witan.core.rules.Verdict;
import org.witan.light.verify.ForkEvidence;
import org.witan.node.consensus.Peer;

/**
 * Where fork evidence enters a node: from light clients and peers over HTTP ({@code POST
 * /v1/evidence}) and from node peers on their streams. Thread-safe.
 */
public interface EvidenceIntake {
  /**
   * Verifies {@code evidence} and, the first time, acts on it; evidence seen before is accepted
   * again without another check.
   *
   * @param from the stream link it came on, which is not sent it back; empty for HTTP
   */
  Verdict<EvidenceRejection> offer(ForkEvidence evidence, Optional<Peer> from);

  /** The valid evidence seen so far, newest last (a bounded number of the newest). */
  List<SeenEvidence> seen();
}
