package org.witan.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.witan.core.address.Address;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * Every value type's codec on arbitrary and on mutated inputs: {@link Codec#decode} either throws
 * {@link DecodingException} (never another exception) or returns a value that encodes back to
 * exactly the input.
 */
class ValueCodecProperties {
  /** A codec, closed over its value type, and the hex of one valid encoding to mutate. */
  record Named(String name, Codec<?> codec, String sampleHex) {
    byte[] sample() {
      return HexFormat.of().parseHex(sampleHex);
    }

    byte[] decodeAndReencode(byte[] input) throws DecodingException {
      return reencode(codec, input);
    }

    private static <T> byte[] reencode(Codec<T> codec, byte[] input) throws DecodingException {
      return codec.encode(codec.decode(input));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String KEY =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

  private static final List<Named> CODECS =
      List.of(
          new Named("Hash32", Hash32.CODEC, Hash32.sha256(new byte[0]).toHex()),
          new Named("PublicKey", PublicKey.CODEC, KEY),
          new Named("Signature", Signature.CODEC, KEY + KEY),
          new Named("Address", Address.CODEC, KEY.substring(0, 40)),
          new Named("Amount", Amount.CODEC, "ffffffffffffffff"),
          new Named("Height", Height.CODEC, "7fffffffffffffff"),
          new Named("Slot", Slot.CODEC, "00000000000001f4"),
          new Named("ChainId", ChainId.CODEC, "07776974616e2d31"));

  @Example
  void samplesAreValidEncodings() throws DecodingException {
    for (Named codec : CODECS) {
      assertArrayEquals(codec.sample(), codec.decodeAndReencode(codec.sample()), codec.name());
    }
  }

  @Provide
  Arbitrary<Named> codecs() {
    return Arbitraries.of(CODECS);
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(70);
  }

  @Property(tries = 3000)
  void arbitraryBytesAreRefusedOrReencodeExactly(
      @ForAll("codecs") Named codec, @ForAll("inputs") byte[] input) {
    check(codec, input);
  }

  @Property(tries = 3000)
  void mutatedSamplesAreRefusedOrReencodeExactly(
      @ForAll("codecs") Named codec,
      @ForAll byte replacement,
      @ForAll int where,
      @ForAll("mutations") Mutation mutation) {
    byte[] sample = codec.sample();
    int at = Math.floorMod(where, sample.length);
    byte[] input =
        switch (mutation) {
          case REPLACE -> replace(sample, at, replacement);
          case TRUNCATE -> Arrays.copyOf(sample, at);
          case APPEND -> append(sample, replacement);
        };
    check(codec, input);
  }

  enum Mutation {
    REPLACE,
    TRUNCATE,
    APPEND
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(Mutation.class);
  }

  private static byte[] replace(byte[] sample, int at, byte value) {
    byte[] out = sample.clone();
    out[at] = value;
    return out;
  }

  private static byte[] append(byte[] sample, byte value) {
    byte[] out = Arrays.copyOf(sample, sample.length + 1);
    out[sample.length] = value;
    return out;
  }

  private static void check(Named codec, byte[] input) {
    byte[] reencoded;
    try {
      reencoded = codec.decodeAndReencode(input);
    } catch (DecodingException refused) {
      return;
    }
    assertArrayEquals(input, reencoded, codec.name());
  }
}
