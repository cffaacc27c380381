package org.witan.core.tx;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Domain;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * What a transaction's signers sign: the sender, its next nonce, the fee it pays, the time after
 * which the transaction is void, the keys that co-sign it, and one action.
 *
 * <p>Co-signers exist for actions that need several keys' consent (a team's owners, k of n). They
 * are sorted, distinct, and never the sender.
 *
 * <p>Encoding: {@code PublicKey sender || u63 nonce || Amount fee || u63 expiry (Unix seconds) ||
 * list<PublicKey>[15] cosigners || Action action}.
 */
public record TxBody(
    PublicKey sender,
    long nonce,
    Amount fee,
    long expiry,
    List<PublicKey> cosigners,
    Action action) {
  public static final int MAX_COSIGNERS = 15;

  public static final Codec<TxBody> CODEC =
      Codec.of(Transaction.MAX_SIZE, TxBody::write, TxBody::read);

  public TxBody {
    if (nonce < 0 || expiry < 0) {
      throw new IllegalArgumentException("nonce and expiry are not negative");
    }
    cosigners = Canonical.sortedSet(cosigners, 0, MAX_COSIGNERS, "co-signers");
    if (cosigners.contains(sender)) {
      throw new IllegalArgumentException("the sender cannot also be a co-signer");
    }
  }

  /** A body with no co-signers. */
  public static TxBody of(PublicKey sender, long nonce, Amount fee, long expiry, Action action) {
    return new TxBody(sender, nonce, fee, expiry, List.of(), action);
  }

  /** The sender followed by the co-signers. */
  public List<PublicKey> signers() {
    List<PublicKey> all = new ArrayList<>(1 + cosigners.size());
    all.add(sender);
    all.addAll(cosigners);
    return all;
  }

  /**
   * The transaction id: the digest every signer signs, {@code digest(TRANSACTION, chainId,
   * encode(body))}.
   */
  public Hash32 id(ChainId chainId) {
    return Domain.TRANSACTION.digest(chainId, CODEC.encode(this));
  }

  private static void write(Writer w, TxBody b) {
    PublicKey.CODEC.write(w, b.sender);
    w.u64(b.nonce);
    Amount.CODEC.write(w, b.fee);
    w.u64(b.expiry);
    w.list(b.cosigners, PublicKey.CODEC);
    Action.CODEC.write(w, b.action);
  }

  private static TxBody read(Reader r) throws org.witan.core.codec.DecodingException {
    int start = r.position();
    PublicKey sender = PublicKey.CODEC.read(r);
    long nonce = r.u63();
    Amount fee = Amount.CODEC.read(r);
    long expiry = r.u63();
    List<PublicKey> cosigners = r.list(MAX_COSIGNERS, PublicKey.SIZE, PublicKey.CODEC);
    Action action = Action.CODEC.read(r);
    return r.build(start, () -> new TxBody(sender, nonce, fee, expiry, cosigners, action));
  }
}
