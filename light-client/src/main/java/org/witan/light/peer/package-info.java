/**
 * The port through which the light client talks to one peer ({@link
 * org.witan.light.peer.ChainSource}), and the peer errors split by how the caller should react:
 * {@link org.witan.light.peer.PeerException.NotFound} (ask another peer), {@link
 * org.witan.light.peer.PeerException.NoResponse} (retry with backoff, fail over), {@link
 * org.witan.light.peer.PeerException.BadData} (ban the peer). The HTTP adaptor implements it.
 */
package org.witan.light.peer;
