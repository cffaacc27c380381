package org.witan.core.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;

/**
 * The byte layout of a vault file, format 1 (see {@code docs/vault-format.md}):
 *
 * <pre>
 * fixed[8]  magic "WITANVLT"
 * u16       format version (1)
 * header    kdf, salt, cipher, nonce, key check, metadata (canonical encoding)
 * bytes     ciphertext and 16-byte GCM tag
 * fixed[32] SHA-256 of every byte before it
 * </pre>
 *
 * The AEAD's associated data is every byte from the magic to the end of the header. Pure and
 * thread-safe.
 */
public final class VaultFormat {
  /** Format 1 is the only one this version writes and reads. */
  public static final int VERSION = 1;

  /** The largest file accepted: 4 MiB, far above a full vault. */
  public static final int MAX_FILE_BYTES = 4 << 20;

  static final byte[] MAGIC = "WITANVLT".getBytes(StandardCharsets.US_ASCII);
  static final int CHECKSUM_BYTES = 32;
  private static final int PREFIX_BYTES = 10;
  private static final int MAX_CIPHERTEXT = 4096;
  private static final int MIN_ACCOUNT_BYTES = 1 + 1 + 4 + 32;
  private static final int MIN_ADDRESS_ENTRY_BYTES = 1 + 1 + 20;

  private VaultFormat() {}

  /** The whole file. */
  public static byte[] encode(VaultFile file) {
    Writer w = new Writer(256 + file.ciphertextLength());
    w.fixed(associatedData(file.header()));
    w.bytes(file.ciphertext());
    byte[] body = w.toByteArray();
    byte[] out = Arrays.copyOf(body, body.length + CHECKSUM_BYTES);
    Hash32.sha256(body).copyTo(out, body.length);
    return out;
  }

  /** The bytes the AEAD authenticates: the magic, the version and the encoded header. */
  static byte[] associatedData(VaultHeader h) {
    Writer w = new Writer(256);
    w.fixed(MAGIC).u16(VERSION);
    w.u8(VaultHeader.KDF_ARGON2ID)
        .u32(h.kdf().memoryKiB())
        .u32(h.kdf().iterations())
        .u8(h.kdf().parallelism())
        .bytes(h.salt());
    w.u8(VaultHeader.CIPHER_AES_256_GCM).fixed(h.nonce()).fixed(h.keyCheck());
    VaultMetadata m = h.metadata();
    w.u8(networkTag(m.network()));
    w.list(m.accounts(), (x, a) -> x.utf8(a.label()).u32(a.index()).fixed(a.publicKey().bytes()));
    w.list(m.watchOnly(), (x, a) -> x.utf8(a.label()).fixed(a.address().bytes()));
    w.list(m.addressBook(), (x, e) -> x.utf8(e.label()).fixed(e.address().bytes()));
    return w.toByteArray();
  }

  /** The network's tag in the file: 0 for the main network, 1 for devnets. */
  private static int networkTag(Network network) {
    return switch (network) {
      case MAIN -> 0;
      case DEV -> 1;
    };
  }

  /**
   * True if {@code bytes} look like a whole vault file of any version: the magic, and for format 1
   * an intact checksum. Used to decide whether a file on disk is worth keeping as the backup.
   */
  public static boolean isIntact(byte[] bytes) {
    if (bytes.length < PREFIX_BYTES + CHECKSUM_BYTES
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return false;
    }
    int version = ((bytes[8] & 0xFF) << 8) | (bytes[9] & 0xFF);
    return version != VERSION || checksumMatches(bytes);
  }

  private static boolean checksumMatches(byte[] bytes) {
    int body = bytes.length - CHECKSUM_BYTES;
    return MessageDigest.isEqual(
        Hash32.sha256(bytes, 0, body).bytes(), Arrays.copyOfRange(bytes, body, bytes.length));
  }

  /**
   * Reads a whole file.
   *
   * @throws VaultException {@link VaultException.Reason#CORRUPT} for a file that is not a vault, is
   *     truncated or fails its checksum; {@link VaultException.Reason#UNSUPPORTED_VERSION} for
   *     another format version; {@link VaultException.Reason#TAMPERED} for a file whose checksum is
   *     intact but whose contents break the format (only a deliberate edit does that)
   */
  public static VaultFile decode(byte[] bytes) throws VaultException {
    if (bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new VaultException(
          VaultException.Reason.CORRUPT,
          bytes.length == 0
              ? "the vault file is empty"
              : "this is not a Witan vault file (it does not start with WITANVLT), or its start is"
                  + " damaged");
    }
    if (bytes.length < PREFIX_BYTES + CHECKSUM_BYTES) {
      throw new VaultException(VaultException.Reason.CORRUPT, "the vault file is truncated");
    }
    int version = ((bytes[8] & 0xFF) << 8) | (bytes[9] & 0xFF);
    if (version != VERSION) {
      throw new VaultException(
          VaultException.Reason.UNSUPPORTED_VERSION,
          "this vault file is in format "
              + version
              + "; this version of Witan reads format "
              + VERSION
              + (version > VERSION ? ": update Witan to open it" : ""));
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new VaultException(
          VaultException.Reason.CORRUPT,
          "the vault file is " + bytes.length + " bytes, more than a vault can be");
    }
    if (!checksumMatches(bytes)) {
      throw new VaultException(
          VaultException.Reason.CORRUPT,
          "the vault file is damaged or truncated: its checksum does not match");
    }
    byte[] body = Arrays.copyOf(bytes, bytes.length - CHECKSUM_BYTES);
    try {
      return read(body);
    } catch (DecodingException e) {
      throw new VaultException(
          VaultException.Reason.TAMPERED,
          "the vault file's checksum is intact but its contents are not a valid vault ("
              + e.getMessage()
              + "): it was edited after Witan wrote it",
          e);
    }
  }

  private static VaultFile read(byte[] body) throws DecodingException {
    Reader r = Reader.of(body);
    r.fixed(PREFIX_BYTES);
    int start = r.position();
    r.tag(1, "KDF");
    long memory = r.u32();
    long iterations = r.u32();
    int parallelism = r.u8();
    KdfParams kdf =
        r.build(
            start,
            () ->
                new KdfParams(
                    (int) Math.min(memory, Integer.MAX_VALUE),
                    (int) Math.min(iterations, Integer.MAX_VALUE),
                    parallelism));
    byte[] salt = r.bytes(64);
    r.tag(1, "cipher");
    byte[] nonce = r.fixed(AesGcm.NONCE_BYTES);
    byte[] keyCheck = r.fixed(VaultHeader.KEY_CHECK_BYTES);
    int metadataStart = r.position();
    Network network = r.tag(2, "network") == 0 ? Network.MAIN : Network.DEV;
    var accounts =
        r.list(
            VaultMetadata.MAX_ACCOUNTS,
            MIN_ACCOUNT_BYTES,
            x -> {
              int at = x.position();
              String label = x.utf8(Labels.MAX_BYTES);
              long index = x.u32();
              if (index > Integer.MAX_VALUE) {
                throw new DecodingException("account index exceeds 2^31 - 1", at);
              }
              PublicKey key = PublicKey.CODEC.read(x);
              return x.build(at, () -> new HdAccount(label, (int) index, key));
            });
    var watch =
        r.list(
            VaultMetadata.MAX_WATCH_ONLY,
            MIN_ADDRESS_ENTRY_BYTES,
            x -> {
              int at = x.position();
              String label = x.utf8(Labels.MAX_BYTES);
              Address address = Address.CODEC.read(x);
              return x.build(at, () -> new WatchOnlyAccount(label, address));
            });
    var book =
        r.list(
            VaultMetadata.MAX_ADDRESS_BOOK,
            MIN_ADDRESS_ENTRY_BYTES,
            x -> {
              int at = x.position();
              String label = x.utf8(Labels.MAX_BYTES);
              Address address = Address.CODEC.read(x);
              return x.build(at, () -> new AddressBookEntry(label, address));
            });
    VaultMetadata metadata =
        r.build(metadataStart, () -> new VaultMetadata(network, accounts, watch, book));
    VaultHeader header =
        r.build(start, () -> new VaultHeader(kdf, salt, nonce, keyCheck, metadata));
    byte[] ciphertext = r.bytes(MAX_CIPHERTEXT);
    r.expectEnd();
    return new VaultFile(header, ciphertext);
  }
}
