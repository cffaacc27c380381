package org.witan.core.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.PublicKey;

class AddressTest {
  /** The public key of RFC 8032 TEST 1. */
  private static final PublicKey RFC8032_TEST1 =
      PublicKey.fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

  /** Pinned: computed once with an independent Python SHA-256 and BIP-350 reference encoder. */
  private static final String GOLDEN_MAIN = "wit1y8lrrhap2j3xzcntlp2qgm7jyudhhm2tszv5rn";

  private static final String GOLDEN_DEV = "witd1y8lrrhap2j3xzcntlp2qgm7jyudhhm2tc9ydaa";

  private static String parseError(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Address.parse(text)).getMessage();
  }

  private static String parseError(String text, Network expected) {
    return assertThrows(IllegalArgumentException.class, () -> Address.parse(text, expected))
        .getMessage();
  }

  /** bech32m (or bech32) text with the given prefix over arbitrary payload bytes. */
  private static String encode(Bech32.Variant variant, String hrp, byte[] payload) {
    return Bech32.encode(variant, hrp, Bech32.convertBits(payload, 8, 5, true));
  }

  @Test
  void goldenAddressOfTheRfc8032Test1Key() {
    Address address = Address.of(RFC8032_TEST1);
    assertEquals("21fe31dfa154a261626bf854046fd2271b7bed4b", address.toString());
    assertEquals(GOLDEN_MAIN, address.toText(Network.MAIN));
    assertEquals(GOLDEN_DEV, address.toText(Network.DEV));
  }

  @Test
  void addressIsTheFirst20BytesOfSha256OfTheKey() throws NoSuchAlgorithmException {
    Random random = new Random(20);
    for (int i = 0; i < 100; i++) {
      byte[] key = new byte[PublicKey.SIZE];
      random.nextBytes(key);
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(key);
      assertArrayEquals(Arrays.copyOf(sha, 20), Address.of(PublicKey.of(key)).bytes());
    }
  }

  @ParameterizedTest
  @EnumSource(Network.class)
  void textRoundTripsWithExactLength(Network network) {
    int length = network == Network.MAIN ? 42 : 43;
    Random random = new Random(network.hrp().hashCode());
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[Address.SIZE];
      random.nextBytes(bytes);
      Address address = Address.ofBytes(bytes);
      String text = address.toText(network);
      assertEquals(length, text.length(), text);
      assertTrue(text.startsWith(network.hrp() + "1"), text);
      assertEquals(text.toLowerCase(Locale.ROOT), text);
      assertEquals(address, Address.parse(text, network));
      assertEquals(new Address.Parsed(network, address), Address.parse(text));
    }
  }

  @Test
  void upperCaseIsAcceptedAndOutputIsLowerCase() {
    Address parsed = Address.parse(GOLDEN_MAIN.toUpperCase(Locale.ROOT), Network.MAIN);
    assertEquals(Address.of(RFC8032_TEST1), parsed);
    assertEquals(GOLDEN_MAIN, parsed.toText(Network.MAIN));
  }

  @Test
  void surroundingWhitespaceFromACopyIsIgnored() {
    assertEquals(Address.of(RFC8032_TEST1), Address.parse(" " + GOLDEN_MAIN + "\n", Network.MAIN));
  }

  @Test
  void wrongNetworkSaysWhichNetworkEachSideIs() {
    String message = parseError(GOLDEN_DEV, Network.MAIN);
    assertTrue(message.contains("devnet address (witd1...)"), message);
    assertTrue(message.contains("this wallet is on the main network (wit1...)"), message);
    message = parseError(GOLDEN_MAIN, Network.DEV);
    assertTrue(message.contains("main network address (wit1...)"), message);
    assertTrue(message.contains("this wallet is on a devnet (witd1...)"), message);
  }

  @Test
  void plainBech32ChecksumIsRefusedByName() {
    String bech32 = encode(Bech32.Variant.BECH32, "wit", Address.of(RFC8032_TEST1).bytes());
    assertEquals("wit1y8lrrhap2j3xzcntlp2qgm7jyudhhm2t97ucx3", bech32);
    String message = parseError(bech32);
    assertTrue(message.contains("bech32 checksum, Witan addresses use bech32m"), message);
  }

  @Test
  void everyMistypedCharacterIsCaught() {
    String charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    for (int i = 0; i < GOLDEN_MAIN.length(); i++) {
      if (i == 3) {
        continue; // the separator: changing it moves or removes the prefix, tested below
      }
      char original = GOLDEN_MAIN.charAt(i);
      char replacement = charset.charAt((charset.indexOf(original) + 1) % charset.length());
      String typo = GOLDEN_MAIN.substring(0, i) + replacement + GOLDEN_MAIN.substring(i + 1);
      String message = parseError(typo);
      assertTrue(message.contains("a character is mistyped"), typo + ": " + message);
    }
  }

  @Test
  void characterOutsideTheAlphabetIsNamed() {
    String typo = GOLDEN_MAIN.substring(0, 10) + "b" + GOLDEN_MAIN.substring(11);
    String message = parseError(typo);
    assertTrue(message.contains("'b' at position 10 is not a bech32 character"), message);
  }

  @Test
  void wrongPayloadLengthIsRefused() {
    for (int size : new int[] {0, 19, 21, 32}) {
      String text = encode(Bech32.Variant.BECH32M, "wit", new byte[size]);
      String message = parseError(text);
      assertTrue(message.contains("holds " + size + " bytes, not 20"), text + ": " + message);
    }
  }

  @Test
  void excessPaddingIsRefused() {
    byte[] words = Bech32.convertBits(new byte[Address.SIZE], 8, 5, true);
    String text = Bech32.encode(Bech32.Variant.BECH32M, "wit", Arrays.copyOf(words, 33));
    assertTrue(parseError(text).contains("padding"), text);
  }

  @Test
  void mixedCaseIsRefused() {
    String mixed = "WIT1" + GOLDEN_MAIN.substring(4);
    assertTrue(parseError(mixed).contains("mixed upper and lower case"));
  }

  @Test
  void foreignPrefixIsNamed() {
    String bitcoin = encode(Bech32.Variant.BECH32M, "bc", Address.of(RFC8032_TEST1).bytes());
    String message = parseError(bitcoin);
    assertTrue(message.contains("not a Witan address: it starts 'bc1'"), message);
    assertTrue(message.contains("'wit1' or 'witd1'"), message);
  }

  @Test
  void emptyOrSeparatorlessTextIsRefused() {
    assertTrue(parseError("").contains("not a valid address"));
    assertTrue(parseError("witqqqqqq").contains("separator"));
  }

  @Test
  void bytesMustBe20() {
    assertThrows(IllegalArgumentException.class, () -> Address.ofBytes(new byte[19]));
    assertThrows(IllegalArgumentException.class, () -> Address.ofBytes(new byte[21]));
  }

  @Test
  void wireFormIsTheRaw20Bytes() throws DecodingException {
    Address address = Address.of(RFC8032_TEST1);
    assertArrayEquals(address.bytes(), Address.CODEC.encode(address));
    assertEquals(address, Address.CODEC.decode(address.bytes()));
  }

  @Test
  void orderIsUnsignedOverTheBytes() {
    byte[] low = new byte[Address.SIZE];
    byte[] high = new byte[Address.SIZE];
    high[0] = (byte) 0x80;
    assertTrue(Address.ofBytes(low).compareTo(Address.ofBytes(high)) < 0);
  }
}
