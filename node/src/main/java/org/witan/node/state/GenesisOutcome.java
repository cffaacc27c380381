package org.witan.node.state;

import org.witan.core.crypto.Hash32;
import org.witan.core.producer.ProducerSet;

/**
 * The genesis state: its root (the genesis header's state root) and producer set 0.
 *
 * @param stateRoot the state root of the genesis block
 * @param initialSet producer set generation 0
 */
public record GenesisOutcome(Hash32 stateRoot, ProducerSet initialSet) {}
