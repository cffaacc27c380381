package org.witan.core.address;

import java.util.Arrays;
import java.util.HexFormat;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;

/**
 * An account address: the first 20 bytes of SHA-256 of the account's Ed25519 public key. On the
 * wire it is those 20 bytes; for people it is bech32m text, {@code wit1...} or {@code witd1...}
 * (see {@link #toText(Network)}), 32 data characters with no version byte.
 */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;

  public static final Codec<Address> CODEC =
      Codec.of(SIZE, (w, a) -> w.fixed(a.bytes), r -> new Address(r.fixed(SIZE)));

  private final byte[] bytes;

  private Address(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The address of {@code key}. */
  public static Address of(PublicKey key) {
    return new Address(Arrays.copyOf(Hash32.sha256(key.bytes()).bytes(), SIZE));
  }

  /** An address from its 20 bytes. */
  public static Address ofBytes(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("an address is 20 bytes, not " + bytes.length);
    }
    return new Address(bytes.clone());
  }

  /**
   * Parses bech32m text and checks that it is for {@code expected}.
   *
   * @throws IllegalArgumentException with a message a person can act on: a mistyped character, a
   *     plain-bech32 checksum, the wrong network, or the wrong length
   */
  public static Address parse(String text, Network expected) {
    Parsed parsed = parse(text);
    if (parsed.network() != expected) {
      throw new IllegalArgumentException(
          "this is a "
              + (parsed.network() == Network.MAIN ? "main network" : "devnet")
              + " address ("
              + parsed.network().hrp()
              + "1...), but this wallet is on "
              + (expected == Network.MAIN ? "the main network" : "a devnet")
              + " ("
              + expected.hrp()
              + "1...)");
    }
    return parsed.address();
  }

  /** An address together with the network its text names. */
  public record Parsed(Network network, Address address) {}

  /** Parses bech32m text for any Witan network. */
  public static Parsed parse(String text) {
    String trimmed = text.strip();
    Bech32.Decoded decoded;
    try {
      decoded = Bech32.decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid address: " + e.getMessage(), e);
    }
    Network network =
        Network.ofHrp(decoded.hrp())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not a Witan address: it starts '"
                            + decoded.hrp()
                            + "1', not 'wit1' or 'witd1'"));
    if (decoded.variant() != Bech32.Variant.BECH32M) {
      throw new IllegalArgumentException(
          "not a valid address: it has a bech32 checksum, Witan addresses use bech32m");
    }
    byte[] payload;
    try {
      payload = Bech32.convertBits(decoded.data(), 5, 8, false);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid address: " + e.getMessage(), e);
    }
    if (payload.length != SIZE) {
      throw new IllegalArgumentException(
          "not a valid address: it holds " + payload.length + " bytes, not 20");
    }
    return new Parsed(network, new Address(payload));
  }

  /** The bech32m text of this address on {@code network}. */
  public String toText(Network network) {
    return Bech32.encode(
        Bech32.Variant.BECH32M, network.hrp(), Bech32.convertBits(bytes, 8, 5, true));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public int compareTo(Address other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Hex of the 20 bytes; use {@link #toText(Network)} for people. */
  @Override
  public String toString() {
    return HexFormat.of().formatHex(bytes);
  }
}
