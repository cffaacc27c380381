package org.witan.core.address;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;

/**
 * A test-only segwit address codec (BIP-173 and BIP-350) on top of {@link Bech32}, so the published
 * segwit vectors exercise our primitives: witness version 0 takes bech32 and a 20- or 32-byte
 * program; versions 1 to 16 take bech32m and 2 to 40 bytes; the prefix is bc or tb.
 */
final class SegwitAddresses {
  private static final Set<String> PREFIXES = Set.of("bc", "tb");

  private SegwitAddresses() {}

  /** The scriptPubKey of a segwit address: {@code OP_n || push(len) || program}. */
  static byte[] decodeToScript(String address) {
    Bech32.Decoded decoded = Bech32.decode(address);
    if (!PREFIXES.contains(decoded.hrp())) {
      throw new IllegalArgumentException("not a bc or tb address: " + decoded.hrp());
    }
    byte[] data = decoded.data();
    if (data.length == 0) {
      throw new IllegalArgumentException("empty data section");
    }
    int version = data[0];
    byte[] program = Bech32.convertBits(Arrays.copyOfRange(data, 1, data.length), 5, 8, false);
    check(version, program);
    Bech32.Variant expected = version == 0 ? Bech32.Variant.BECH32 : Bech32.Variant.BECH32M;
    if (decoded.variant() != expected) {
      throw new IllegalArgumentException("version " + version + " needs " + expected);
    }
    ByteArrayOutputStream script = new ByteArrayOutputStream();
    script.write(version == 0 ? 0 : 0x50 + version);
    script.write(program.length);
    script.writeBytes(program);
    return script.toByteArray();
  }

  /** The address of a witness program, checked by decoding it again as BIP-350's encoder does. */
  static String encode(String hrp, int version, byte[] program) {
    check(version, program);
    byte[] words = Bech32.convertBits(program, 8, 5, true);
    byte[] data = new byte[words.length + 1];
    data[0] = (byte) version;
    System.arraycopy(words, 0, data, 1, words.length);
    String address =
        Bech32.encode(version == 0 ? Bech32.Variant.BECH32 : Bech32.Variant.BECH32M, hrp, data);
    decodeToScript(address);
    return address;
  }

  private static void check(int version, byte[] program) {
    if (version < 0 || version > 16) {
      throw new IllegalArgumentException("witness version " + version + " is not 0 to 16");
    }
    if (program.length < 2 || program.length > 40) {
      throw new IllegalArgumentException("program of " + program.length + " bytes, not 2 to 40");
    }
    if (version == 0 && program.length != 20 && program.length != 32) {
      throw new IllegalArgumentException("version 0 program of " + program.length + " bytes");
    }
  }
}
