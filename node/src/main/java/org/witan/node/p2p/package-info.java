/**
 * The node on the network: the peer server (Javalin HTTP and WebSocket, docs/peer-api.md), links to
 * other nodes (OkHttp WebSocket client), gossip with de-duplication, and the guard that rate
 * limits, scores and bans peers. Everything here is untrusted input until the canonical decoders
 * and consensus have checked it.
 */
package org.witan.node.p2p;
