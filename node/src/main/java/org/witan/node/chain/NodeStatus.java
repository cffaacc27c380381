package org.witan.node.chain;

import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Height;

/**
 * Where a node's chain stands (peer API {@code GET /v1/status}).
 *
 * @param config the chain's fixed configuration (id, network, timing)
 * @param genesisHash the SHA-256 of the genesis document
 * @param headHeight the height of the node's best block
 * @param headId the id of the node's best block
 * @param finalHeight the height of the newest final block
 * @param finalId the id of the newest final block
 * @param generation the producer-set generation active at the head
 * @param oldestBlock the lowest height whose full block the node still serves (pruning)
 */
public record NodeStatus(
    ChainConfig config,
    Hash32 genesisHash,
    Height headHeight,
    Hash32 headId,
    Height finalHeight,
    Hash32 finalId,
    long generation,
    Height oldestBlock) {}
