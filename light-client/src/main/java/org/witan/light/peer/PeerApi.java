package org.witan.light.peer;

import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.InclusionProof;
import org.witan.core.tx.Transaction;
import org.witan.light.verify.ForkEvidence;

/**
 * What a wallet asks one peer besides header sync (docs/peer-api.md): status, proven state,
 * included transactions, submission, peer discovery and evidence of an attack. Kept apart from
 * {@link ChainSource} because the sync steps never use it. Answers are unverified: state answers go
 * through {@link org.witan.light.query.ProvenState} against a header the client proved final.
 * Implementations may block.
 */
public interface PeerApi {
  /** The peer's name for logs and bans (its URL). */
  String name();

  /** Where the peer says its chain stands. A claim, not a proof: only for display and choice. */
  PeerStatus status() throws PeerException;

  /**
   * The state entry under {@code key} after the final block at {@code height} (the newest final
   * block when empty), with its sparse Merkle proof.
   */
  StateAnswer state(Hash32 key, OptionalLong height) throws PeerException;

  /** The same for the account key of {@code address}. */
  StateAnswer account(Address address, OptionalLong height) throws PeerException;

  /**
   * The proof that block {@code height}'s id is in the history root of the final header at height
   * {@code size} (which covers blocks 0 to {@code size - 1}); {@code NotFound} if the peer has no
   * such final header.
   */
  InclusionProof history(long height, long size) throws PeerException;

  /** A transaction once included, with its inclusion proof; {@code NotFound} before. */
  TransactionAnswer transaction(Hash32 id) throws PeerException;

  /** Offers {@code transaction} to the peer's mempool; a rejection is a value, not a failure. */
  SubmitResult submit(Transaction transaction) throws PeerException;

  /** Peers this peer knows to be serving: unverified addresses, to try with care. */
  List<URI> peers() throws PeerException;

  /**
   * Offers {@code evidence} of an attack (two certified, conflicting answers) to the peer ({@code
   * POST /v1/evidence}, a proposed endpoint: docs/peer-api.md).
   *
   * @return whether the peer accepted it
   */
  boolean submitEvidence(ForkEvidence evidence) throws PeerException;
}
