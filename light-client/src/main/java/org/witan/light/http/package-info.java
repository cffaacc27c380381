/**
 * The HTTP adaptor of the peer ports ({@link org.witan.light.http.HttpChainSource} implements
 * {@link org.witan.light.peer.ChainSource} and {@link org.witan.light.peer.PeerApi}) over OkHttp,
 * on one shared {@link org.witan.light.http.HttpTransport}. It bounds every answer before decoding
 * it ({@link org.witan.light.http.HttpLimits}: 4 MiB bodies counted while streaming, 512 headers,
 * 64 epoch changes, connect, read and call timeouts), decodes canonical bytes with wallet-core's
 * codecs, follows no redirects, and maps every failure to the {@link
 * org.witan.light.peer.PeerException} that says how to react. It verifies nothing.
 */
package org.witan.light.http;
