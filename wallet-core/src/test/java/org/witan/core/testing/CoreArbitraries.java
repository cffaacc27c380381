package org.witan.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * Arbitraries for the primitive types: hashes, keys, signatures, addresses, amounts, heights,
 * slots, chain ids and endpoints. Keys and signatures are random bytes unless the name says they
 * are real: random bytes are enough wherever a signature need not verify.
 */
public final class CoreArbitraries {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";

  private CoreArbitraries() {}

  /** Exactly {@code size} random bytes. */
  public static Arbitrary<byte[]> bytes(int size) {
    return Arbitraries.bytes().array(byte[].class).ofSize(size);
  }

  /** 0 to {@code maxSize} random bytes. */
  public static Arbitrary<byte[]> bytesUpTo(int maxSize) {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
  }

  public static Arbitrary<Hash32> hashes() {
    return bytes(Hash32.SIZE).map(Hash32::of);
  }

  /** Any 32 bytes: most are not valid points, which encodings do not care about. */
  public static Arbitrary<PublicKey> publicKeys() {
    return bytes(PublicKey.SIZE).map(PublicKey::of);
  }

  /** Keys from random seeds: they sign, and their public keys are valid points. */
  public static Arbitrary<SigningKey> signingKeys() {
    return bytes(SigningKey.SIZE).map(SigningKey::fromSeed);
  }

  /** Public keys of real key pairs (valid points). */
  public static Arbitrary<PublicKey> validPublicKeys() {
    return signingKeys().map(SigningKey::publicKey);
  }

  /** Any 64 bytes. */
  public static Arbitrary<Signature> signatures() {
    return bytes(Signature.SIZE).map(Signature::of);
  }

  public static Arbitrary<Address> addresses() {
    return bytes(Address.SIZE).map(Address::ofBytes);
  }

  /** Every unsigned 64-bit amount, including those above 2^63 - 1 units. */
  public static Arbitrary<Amount> amounts() {
    return Arbitraries.longs().map(Amount::ofUnsignedUnits);
  }

  public static Arbitrary<Amount> positiveAmounts() {
    return amounts().filter(a -> !a.isZero());
  }

  public static Arbitrary<Height> heights() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).map(Height::of);
  }

  public static Arbitrary<Slot> slots() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).map(Slot::of);
  }

  /** A u63: proposal ids, generations, nonces. */
  public static Arbitrary<Long> u63() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }

  public static Arbitrary<ChainId> chainIds() {
    Arbitrary<Character> first = Arbitraries.chars().with(LOWER + DIGITS);
    Arbitrary<String> rest =
        Arbitraries.strings().withChars(LOWER + DIGITS + ".-").ofMaxLength(ChainId.MAX_LENGTH - 1);
    return Combinators.combine(first, rest).as((f, r) -> ChainId.of(f + r));
  }

  /**
   * Absolute {@code http} and {@code https} URLs with a host name or an IPv4 address, an optional
   * port, path and query: at most 256 characters.
   */
  public static Arbitrary<Endpoint> endpoints() {
    Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTPS");
    Arbitrary<String> host = Arbitraries.oneOf(hostNames(), ipv4());
    Arbitrary<String> port =
        Arbitraries.integers().between(1, 65_535).map(p -> ":" + p).injectNull(0.5);
    Arbitrary<String> path =
        Arbitraries.strings()
            .withChars(LOWER + DIGITS + "-._~/%")
            .ofMaxLength(80)
            .map(p -> "/" + p)
            .injectNull(0.3);
    Arbitrary<String> query =
        Arbitraries.strings().withChars(LOWER + DIGITS + "=&").ofMaxLength(30).injectNull(0.7);
    return Combinators.combine(scheme, host, port, path, query)
        .as(
            (s, h, p, pa, q) ->
                s
                    + "://"
                    + h
                    + (p == null ? "" : p)
                    + (pa == null ? "" : pa.replace("%", "%25"))
                    + (q == null ? "" : "?" + q))
        .filter(url -> url.length() <= Endpoint.MAX_LENGTH)
        .map(Endpoint::of);
  }

  private static Arbitrary<String> hostNames() {
    Arbitrary<String> label =
        Combinators.combine(
                Arbitraries.chars().with(LOWER),
                Arbitraries.strings().withChars(LOWER + DIGITS + "-").ofMaxLength(20),
                Arbitraries.chars().with(LOWER + DIGITS))
            .as((a, b, c) -> a + b + c);
    return label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
  }

  private static Arbitrary<String> ipv4() {
    return Arbitraries.integers()
        .between(0, 255)
        .list()
        .ofSize(4)
        .map(
            octets ->
                octets.get(0) + "." + octets.get(1) + "." + octets.get(2) + "." + octets.get(3));
  }
}
