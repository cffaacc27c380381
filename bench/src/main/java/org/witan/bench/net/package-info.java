/**
 * The network benchmark: a devnet of separate node processes started through the app's {@code witan
 * devnet}, observed and loaded only through the peer API (docs/peer-api.md) on 127.0.0.1. {@link
 * org.witan.bench.net.NetworkBench} is the entry point; docs/performance.md ("Network") gives the
 * command and the figures, docs/decisions/0014 why it lives here.
 */
package org.witan.bench.net;
