package org.witan.light.peer;

/**
 * One attempt at something with one peer, for {@link PeerSet#call}.
 *
 * @param <P> the peer type
 * @param <T> the result
 * @param <X> a failure of the caller's own that is not the peer's fault (passed through at once)
 */
@FunctionalInterface
public interface PeerCall<P, T, X extends Exception> {
  T apply(P peer) throws PeerException, X;
}
