/** The embedded full node: state machine, consensus, mempool, storage and peer server. */
package org.witan.node;
