package org.witan.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.tx.Action;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * Arbitraries for transaction bodies and transactions: with random signatures for encodings, signed
 * by real keys, or fully valid so that {@link org.witan.core.tx.TransactionRules} accepts them.
 */
public final class TxArbitraries {
  private TxArbitraries() {}

  /** Bodies with random keys: 0 to 15 sorted co-signers, never the sender; any action. */
  public static Arbitrary<TxBody> txBodies() {
    return Combinators.combine(
            CoreArbitraries.publicKeys().list().ofMinSize(1).ofMaxSize(16).uniqueElements(),
            CoreArbitraries.u63(),
            CoreArbitraries.amounts(),
            CoreArbitraries.u63(),
            ActionArbitraries.actions())
        .as(
            (keys, nonce, fee, expiry, action) ->
                new TxBody(
                    keys.get(0),
                    nonce,
                    fee,
                    expiry,
                    keys.subList(1, keys.size()).stream().sorted().toList(),
                    action));
  }

  /** Transactions with one random signature per signer: encodable, not verifiable. */
  public static Arbitrary<Transaction> transactions() {
    return Combinators.combine(txBodies(), CoreArbitraries.hashes())
        .as(
            (body, seed) -> {
              List<Signature> cosignatures = new ArrayList<>();
              for (int i = 0; i < body.cosigners().size(); i++) {
                cosignatures.add(FinalityArbitraries.derivedSignature(seed, i + 1));
              }
              return new Transaction(
                  body, FinalityArbitraries.derivedSignature(seed, 0), cosignatures);
            });
  }

  /**
   * Transactions signed on {@code chainId} by real sender and co-signer keys (0 to 4 co-signers),
   * with any action: every signature verifies, the action's rules may not hold.
   */
  public static Arbitrary<Transaction> signedTransactions(ChainId chainId) {
    return signers()
        .flatMap(
            keys ->
                Combinators.combine(
                        CoreArbitraries.u63(),
                        CoreArbitraries.amounts(),
                        CoreArbitraries.u63(),
                        ActionArbitraries.actions())
                    .as(
                        (nonce, fee, expiry, action) ->
                            sign(keys, nonce, fee, expiry, action, chainId)));
  }

  /**
   * Transactions that {@link org.witan.core.tx.TransactionRules#checkStateless} accepts on {@code
   * chainId}, of every kind: real signatures, and actions that keep their rules (team owners among
   * the signers, valid points, whole shares, positive amounts...).
   */
  public static Arbitrary<Transaction> acceptedTransactions(ChainId chainId) {
    return Combinators.combine(signers(), Arbitraries.of(ActionKind.values()))
        .flatAs(
            (keys, kind) ->
                Combinators.combine(
                        CoreArbitraries.u63(),
                        CoreArbitraries.amounts(),
                        CoreArbitraries.u63(),
                        ValidActions.of(kind, publicKeys(keys), chainId))
                    .as(
                        (nonce, fee, expiry, action) ->
                            sign(keys, nonce, fee, expiry, action, chainId)));
  }

  /** A sender key and 0 to 4 co-signer keys, all distinct, co-signers sorted by public key. */
  public static Arbitrary<List<SigningKey>> signers() {
    return CoreArbitraries.signingKeys()
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .uniqueElements(SigningKey::publicKey)
        .map(
            keys -> {
              List<SigningKey> sorted = new ArrayList<>(keys.subList(1, keys.size()));
              sorted.sort(Comparator.comparing(SigningKey::publicKey));
              sorted.add(0, keys.get(0));
              return List.copyOf(sorted);
            });
  }

  private static List<PublicKey> publicKeys(List<SigningKey> keys) {
    return keys.stream().map(SigningKey::publicKey).toList();
  }

  private static Transaction sign(
      List<SigningKey> keys, long nonce, Amount fee, long expiry, Action action, ChainId chainId) {
    List<PublicKey> pub = publicKeys(keys);
    TxBody body = new TxBody(pub.get(0), nonce, fee, expiry, pub.subList(1, pub.size()), action);
    return Transaction.sign(
        body, chainId, keys.get(0), keys.subList(1, keys.size()).toArray(new SigningKey[0]));
  }
}
