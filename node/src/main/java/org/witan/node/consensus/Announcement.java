package org.witan.node.consensus;

import org.witan.core.producer.ProducerSet;
import org.witan.core.value.Height;

/**
 * A producer set announced by an epoch-boundary block and not yet active on its chain.
 *
 * @param height the height of the announcing block
 * @param set the announced set
 */
public record Announcement(Height height, ProducerSet set) {}
