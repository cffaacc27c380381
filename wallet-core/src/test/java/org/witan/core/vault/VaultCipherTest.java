package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;
import org.witan.core.keys.Mnemonic;

class VaultCipherTest {
  private static final char[] PASSWORD = "correct horse".toCharArray();
  private final VaultCipher cipher = new VaultCipher(new SecureRandom());

  @Test
  void opensWithTheRightPassword() throws Exception {
    VaultFile file = TestVaults.sample(PASSWORD);
    try (VaultSecret secret = cipher.open(file, PASSWORD);
        Mnemonic m = secret.mnemonic();
        Mnemonic about = TestVaults.about()) {
      assertTrue(m.sameAs(about));
      assertFalse(secret.hasPassphrase());
      assertEquals(file.metadata().accounts().get(0).publicKey(), secret.publicKey(0));
    }
  }

  @Test
  void wrongPasswordIsToldApart() {
    VaultFile file = TestVaults.sample(PASSWORD);
    VaultException e =
        assertThrows(VaultException.class, () -> cipher.open(file, "correct horsf".toCharArray()));
    assertEquals(VaultException.Reason.WRONG_PASSWORD, e.reason());
  }

  @Test
  void passwordIsNormalised() throws Exception {
    VaultFile file;
    try (Mnemonic m = TestVaults.about();
        VaultSecret s = VaultSecret.of(m, new char[0])) {
      file =
          cipher.seal(
              s,
              TestVaults.sample(PASSWORD).metadata(),
              "caf\u00e9".toCharArray(),
              TestVaults.CHEAP);
    }
    cipher.open(file, "cafe\u0301".toCharArray()).close();
  }

  @Test
  void everySealUsesFreshSaltAndNonce() {
    VaultFile a = TestVaults.sample(PASSWORD);
    VaultFile b = TestVaults.sample(PASSWORD);
    assertFalse(Arrays.equals(a.header().salt(), b.header().salt()));
    assertFalse(Arrays.equals(a.header().nonce(), b.header().nonce()));
    assertFalse(Arrays.equals(a.ciphertext(), b.ciphertext()));
  }

  @Test
  void theSecretNeverAppearsInTheFile() {
    byte[] file = VaultFormat.encode(TestVaults.sample(PASSWORD));
    try (Mnemonic m = TestVaults.about()) {
      byte[] entropy = m.entropy();
      assertEquals(-1, indexOf(file, entropy));
      assertEquals(
          -1, indexOf(file, "abandon".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      assertEquals(
          -1, indexOf(file, "correct horse".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Re-encodes with a changed header and a valid checksum: a deliberate edit. */
  private static VaultFile edited(
      VaultFile file, java.util.function.UnaryOperator<VaultHeader> edit) throws VaultException {
    byte[] bytes = VaultFormat.encode(new VaultFile(edit.apply(file.header()), file.ciphertext()));
    return VaultFormat.decode(bytes);
  }

  @Test
  void editedMetadataIsTampering() throws Exception {
    VaultFile file = TestVaults.sample(PASSWORD);
    VaultFile renamed = edited(file, h -> h.withMetadata(h.metadata().renamed("Main", "Mine")));
    VaultException e = assertThrows(VaultException.class, () -> cipher.open(renamed, PASSWORD));
    assertEquals(VaultException.Reason.TAMPERED, e.reason());
  }

  @Test
  void editedNonceOrCiphertextIsTampering() throws Exception {
    VaultFile file = TestVaults.sample(PASSWORD);
    byte[] bytes = VaultFormat.encode(file);
    int nonceAt = indexOf(bytes, file.header().nonce());
    byte[] nonceEdit = bytes.clone();
    nonceEdit[nonceAt] ^= 1;
    byte[] ctEdit = bytes.clone();
    ctEdit[bytes.length - 40] ^= 1;
    for (byte[] edit : new byte[][] {nonceEdit, ctEdit}) {
      int body = edit.length - 32;
      Hash32.sha256(edit, 0, body).copyTo(edit, body);
      VaultFile decoded = VaultFormat.decode(edit);
      VaultException e = assertThrows(VaultException.class, () -> cipher.open(decoded, PASSWORD));
      assertEquals(VaultException.Reason.TAMPERED, e.reason());
    }
  }

  @Test
  void editedKdfParametersLookLikeAWrongPassword() throws Exception {
    VaultFile file = TestVaults.sample(PASSWORD);
    VaultFile weaker =
        edited(
            file,
            h ->
                new VaultHeader(
                    new KdfParams(64, 2, 1), h.salt(), h.nonce(), h.keyCheck(), h.metadata()));
    VaultException e = assertThrows(VaultException.class, () -> cipher.open(weaker, PASSWORD));
    assertEquals(VaultException.Reason.WRONG_PASSWORD, e.reason());
  }

  @Test
  void secretPayloadRoundTripsWithALongPassphrase() throws Exception {
    char[] pass = new char[300];
    Arrays.fill(pass, '\u00e9');
    try (Mnemonic m = Mnemonic.generate(new SecureRandom());
        VaultSecret s = VaultSecret.of(m, pass)) {
      byte[] plain = s.encode();
      try (VaultSecret back = VaultSecret.decode(plain)) {
        assertTrue(back.matches(m, pass));
        assertFalse(back.matches(m, new char[0]));
        assertArrayEquals(plain, back.encode());
      }
    }
    assertThrows(IllegalArgumentException.class, () -> VaultSecret.decode(new byte[] {1, 16}));
    assertEquals("VaultSecret(secret)", VaultSecret.decode(validPayload()).toString());
  }

  private static byte[] validPayload() {
    byte[] p = new byte[19];
    p[0] = 1;
    p[1] = 16;
    return p;
  }
}
