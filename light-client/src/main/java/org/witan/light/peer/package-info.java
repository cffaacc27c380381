/**
 * The ports through which the light client talks to one peer ({@link
 * org.witan.light.peer.ChainSource} for sync, {@link org.witan.light.peer.PeerApi} for the wallet's
 * queries and submissions), the peer errors split by how the caller should react ({@link
 * org.witan.light.peer.PeerException.NotFound}: ask another peer; {@link
 * org.witan.light.peer.PeerException.NoResponse}: back off and fail over; {@link
 * org.witan.light.peer.PeerException.BadData}: ban), and {@link org.witan.light.peer.PeerSet},
 * which keeps a score, a backoff and a ban per peer and runs calls with failover (decision 0012).
 * The HTTP adaptor implements the ports.
 */
package org.witan.light.peer;
