package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

class VaultFormatTest {
  private static final char[] PASSWORD = "correct horse".toCharArray();
  private static final byte[] FILE = VaultFormat.encode(TestVaults.sample(PASSWORD));

  private static VaultException.Reason reasonOf(byte[] bytes) {
    return assertThrows(VaultException.class, () -> VaultFormat.decode(bytes)).reason();
  }

  /** The file with its checksum recomputed: what a deliberate editor would produce. */
  private static byte[] withFixedChecksum(byte[] bytes) {
    byte[] out = bytes.clone();
    int body = out.length - 32;
    Hash32.sha256(out, 0, body).copyTo(out, body);
    return out;
  }

  @Test
  void roundTripsByteForByte() throws Exception {
    VaultFile decoded = VaultFormat.decode(FILE);
    assertArrayEquals(FILE, VaultFormat.encode(decoded));
    assertEquals(2, decoded.metadata().accounts().size());
    assertEquals("Savings", decoded.metadata().accounts().get(1).label());
    assertEquals("Cold", decoded.metadata().watchOnly().get(0).label());
    assertEquals("Alice", decoded.metadata().addressBook().get(0).label());
    assertEquals(TestVaults.CHEAP, decoded.header().kdf());
    assertTrue(VaultFormat.isIntact(FILE));
  }

  @Test
  void startsWithMagicAndVersion() {
    assertEquals("WITANVLT", new String(FILE, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(0, FILE[8]);
    assertEquals(1, FILE[9]);
  }

  @Test
  void everyTruncationIsCorrupt() {
    for (int length = 0; length < FILE.length; length++) {
      byte[] cut = Arrays.copyOf(FILE, length);
      assertEquals(VaultException.Reason.CORRUPT, reasonOf(cut), "length " + length);
      assertFalse(VaultFormat.isIntact(cut) && length > 10, "length " + length);
    }
  }

  @Test
  void everySingleBitFlipIsCaught() {
    for (int i = 0; i < FILE.length; i++) {
      byte[] flipped = FILE.clone();
      flipped[i] ^= 0x10;
      VaultException.Reason reason = reasonOf(flipped);
      if (i == 8 || i == 9) {
        assertEquals(VaultException.Reason.UNSUPPORTED_VERSION, reason, "byte " + i);
      } else {
        assertEquals(VaultException.Reason.CORRUPT, reason, "byte " + i);
      }
    }
  }

  @Test
  void newerVersionIsUnsupportedEvenIfItsLayoutDiffers() {
    byte[] future = FILE.clone();
    future[9] = 2;
    VaultException e = assertThrows(VaultException.class, () -> VaultFormat.decode(future));
    assertEquals(VaultException.Reason.UNSUPPORTED_VERSION, e.reason());
    assertTrue(e.getMessage().contains("update Witan"), e.getMessage());
    assertTrue(VaultFormat.isIntact(future));
  }

  @Test
  void notAVault() {
    assertEquals(VaultException.Reason.CORRUPT, reasonOf(new byte[0]));
    assertEquals(
        VaultException.Reason.CORRUPT,
        reasonOf("{\"json\":true}".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  @Test
  void structuralEditsWithAFixedChecksumAreTampering() {
    // Byte 10 is the KDF tag: 7 is no known KDF.
    byte[] unknownKdf = FILE.clone();
    unknownKdf[10] = 7;
    assertEquals(VaultException.Reason.TAMPERED, reasonOf(withFixedChecksum(unknownKdf)));
    // Trailing garbage before the checksum.
    byte[] longer = Arrays.copyOf(FILE, FILE.length + 1);
    System.arraycopy(FILE, FILE.length - 32, longer, FILE.length - 31, 32);
    longer[FILE.length - 32] = 0;
    assertEquals(VaultException.Reason.TAMPERED, reasonOf(withFixedChecksum(longer)));
  }
}
