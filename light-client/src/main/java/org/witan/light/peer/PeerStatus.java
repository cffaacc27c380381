package org.witan.light.peer;

import org.witan.core.crypto.Hash32;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;

/**
 * Where a peer says its chain stands ({@code GET /v1/status}). Nothing here is proven: use it to
 * choose peers and to show the user, never as a final height. The strings are peer text: show them
 * as untrusted plain text.
 *
 * @param chainId the chain the peer serves
 * @param genesisHash the SHA-256 of the peer's genesis document
 * @param network the network name
 * @param headHeight the height of the peer's best block
 * @param headId the id of the peer's best block
 * @param finalHeight the height of the peer's newest final block
 * @param finalId the id of that block
 * @param generation the producer-set generation active at the peer's head
 * @param version the peer's software version
 * @param oldestBlock the lowest height whose full block the peer still serves
 */
public record PeerStatus(
    ChainId chainId,
    Hash32 genesisHash,
    String network,
    Height headHeight,
    Hash32 headId,
    Height finalHeight,
    Hash32 finalId,
    long generation,
    String version,
    Height oldestBlock) {}
