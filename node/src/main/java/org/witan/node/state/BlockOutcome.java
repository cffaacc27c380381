package org.witan.node.state;

import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.producer.ProducerSet;

/**
 * The result of executing a block.
 *
 * @param stateRoot the state root after the block, for its header
 * @param nextSet the newly elected producer set, present only when the block ends an epoch and the
 *     election changed the set (the header then announces it)
 */
public record BlockOutcome(Hash32 stateRoot, Optional<ProducerSet> nextSet) {}
