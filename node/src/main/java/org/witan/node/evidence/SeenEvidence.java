package org.witan.node.evidence;

import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.team.TeamId;

/**
 * Valid fork evidence this node has seen: a safety break of the chain (docs/protocol.md 11.4).
 *
 * @param hash the SHA-256 of the evidence's canonical encoding (one conflict, one hash)
 * @param kind {@code finality} (two final blocks at one height) or {@code epochChange} (two
 *     producer sets for one generation)
 * @param height the height of the conflict
 * @param doubleProposer the team that signed both headers for one slot, if one did
 * @param seenAtMillis when this node first verified it
 */
public record SeenEvidence(
    Hash32 hash, String kind, long height, Optional<TeamId> doubleProposer, long seenAtMillis) {}
