/**
 * A whole node on real disks and sockets: the composition root that wires storage, the state
 * machine, consensus, the mempool, the peer server and the peer links, and starts and stops them in
 * order.
 */
package org.witan.node.service;
