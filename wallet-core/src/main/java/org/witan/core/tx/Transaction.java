package org.witan.core.tx;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.value.ChainId;

/**
 * A signed transaction: the body, the sender's signature and one signature per co-signer, each over
 * the transaction id ({@link TxBody#id}). Encoding: {@code TxBody body || Signature signature ||
 * list<Signature>[15] cosignatures} (in the order of the body's co-signers).
 */
public record Transaction(TxBody body, Signature signature, List<Signature> cosignatures) {
  /** The largest encoded transaction, in bytes; a block holds at most 1 MiB of them. */
  public static final int MAX_SIZE = 16 * 1024;

  public static final Codec<Transaction> CODEC =
      Codec.of(MAX_SIZE, Transaction::write, Transaction::read);

  public Transaction {
    cosignatures = List.copyOf(cosignatures);
    if (cosignatures.size() != body.cosigners().size()) {
      throw new IllegalArgumentException(
          "one co-signature per co-signer: "
              + body.cosigners().size()
              + " co-signers, "
              + cosignatures.size()
              + " signatures");
    }
  }

  /**
   * Signs {@code body} for {@code chainId}. {@code cosigners} must hold exactly the keys of the
   * body's co-signers, in any order.
   */
  public static Transaction sign(
      TxBody body, ChainId chainId, SigningKey sender, SigningKey... cosigners) {
    if (!sender.publicKey().equals(body.sender())) {
      throw new IllegalArgumentException("the signing key is not the body's sender");
    }
    Hash32 id = body.id(chainId);
    List<Signature> cosigs = new ArrayList<>(body.cosigners().size());
    for (PublicKey expected : body.cosigners()) {
      SigningKey key = null;
      for (SigningKey candidate : cosigners) {
        if (candidate.publicKey().equals(expected)) {
          key = candidate;
        }
      }
      if (key == null) {
        throw new IllegalArgumentException("no signing key for co-signer " + expected);
      }
      cosigs.add(key.sign(id));
    }
    if (cosigners.length != body.cosigners().size()) {
      throw new IllegalArgumentException("more signing keys than co-signers");
    }
    return new Transaction(body, sender.sign(id), cosigs);
  }

  /** The transaction id on {@code chainId}. */
  public Hash32 id(ChainId chainId) {
    return body.id(chainId);
  }

  /** The canonical bytes, as committed to by a block's transaction root. */
  public byte[] encode() {
    return CODEC.encode(this);
  }

  private static void write(Writer w, Transaction t) {
    TxBody.CODEC.write(w, t.body);
    Signature.CODEC.write(w, t.signature);
    w.list(t.cosignatures, Signature.CODEC);
  }

  private static Transaction read(Reader r) throws DecodingException {
    int start = r.position();
    TxBody body = TxBody.CODEC.read(r);
    Signature signature = Signature.CODEC.read(r);
    List<Signature> cosigs = r.list(TxBody.MAX_COSIGNERS, Signature.SIZE, Signature.CODEC);
    return r.build(start, () -> new Transaction(body, signature, cosigs));
  }
}
