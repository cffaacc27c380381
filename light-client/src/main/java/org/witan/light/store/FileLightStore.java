package org.witan.light.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.witan.core.chain.ChainConfig;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.rules.Verdict;
import org.witan.core.vault.AtomicFile;
import org.witan.light.sync.LightState;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;
import org.witan.light.verify.TrustRoot;
import org.witan.light.witness.Attack;

/**
 * The light client's file: {@code magic "witan-lc" || u16 version || u32 length || payload ||
 * SHA-256 of everything before it}, where the payload is a {@link StoredClient}'s canonical
 * encoding. Written through an atomic replace (temporary file, fsync, rename, directory fsync), so
 * a crash leaves the previous file whole; read with a size bound, the checksum, the codec's bounds,
 * the chain id, and a re-verification of the stored finality proof against the stored sets. A
 * refused file is reported as {@link LightStoreException.Corrupt} and left in place until {@link
 * #confirmTrustRoot} moves it aside (to {@code NAME.corrupt}). Thread-safe; blocking.
 */
public final class FileLightStore implements LightStore {
  static final byte[] MAGIC = "witan-lc".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  static final int HEADER = MAGIC.length + 2 + 4;

  /** The largest file read: the largest payload and the framing. */
  public static final int MAX_FILE_BYTES =
      HEADER + StoredClient.CODEC.maxEncodedSize() + Hash32.SIZE;

  private final AtomicFile file;
  private final AtomicFile attackFile;
  private final ChainConfig config;
  private Optional<TrustRoot> rootOnFile = Optional.empty();
  private boolean rootKnown;

  /** A store at {@code path} for the chain of {@code config}. */
  public FileLightStore(Path path, ChainConfig config) {
    this(
        new AtomicFile(
            path,
            AtomicFile.ChannelWriter.DIRECT,
            new SecureRandom(),
            AtomicFile.BeforeRename.NOTHING),
        config);
  }

  FileLightStore(AtomicFile file, ChainConfig config) {
    this.file = file;
    this.attackFile =
        new AtomicFile(
            file.path().resolveSibling(file.path().getFileName() + ".attack"),
            AtomicFile.ChannelWriter.DIRECT,
            new SecureRandom(),
            AtomicFile.BeforeRename.NOTHING);
    this.config = config;
  }

  /**
   * {@inheritDoc} Kept beside the store, in {@code <file>.attack}: the attack's encoding ({@link
   * Attack#CODEC}), written atomically.
   */
  @Override
  public synchronized void saveAttack(Attack attack) throws LightStoreException {
    try {
      attackFile.write(Attack.CODEC.encode(attack));
    } catch (IOException e) {
      throw new LightStoreException.Unavailable("cannot write " + attackFile.path() + ": " + e, e);
    }
  }

  @Override
  public synchronized Optional<Attack> loadAttack() throws LightStoreException {
    Optional<byte[]> bytes;
    try {
      bytes = attackFile.read(Attack.CODEC.maxEncodedSize());
    } catch (IOException e) {
      throw new LightStoreException.Unavailable("cannot read " + attackFile.path() + ": " + e, e);
    }
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Attack.CODEC.decode(bytes.get()));
    } catch (DecodingException | IllegalArgumentException e) {
      throw new LightStoreException.Corrupt(
          LightStoreException.Reason.UNDECODABLE, attackFile.path() + ": " + e.getMessage());
    }
  }

  @Override
  public synchronized void clearAttack() throws LightStoreException {
    try {
      Files.deleteIfExists(attackFile.path());
    } catch (IOException e) {
      throw new LightStoreException.Unavailable("cannot delete " + attackFile.path() + ": " + e, e);
    }
  }

  public Path path() {
    return file.path();
  }

  @Override
  public synchronized Optional<StoredClient> load() throws LightStoreException {
    Optional<byte[]> bytes;
    try {
      bytes = file.read(MAX_FILE_BYTES);
    } catch (IOException e) {
      throw new LightStoreException.Unavailable("cannot read " + file.path() + ": " + e, e);
    }
    if (bytes.isEmpty()) {
      rootOnFile = Optional.empty();
      rootKnown = true;
      return Optional.empty();
    }
    StoredClient client = parse(bytes.get());
    rootOnFile = Optional.of(client.root());
    rootKnown = true;
    return Optional.of(client);
  }

  @Override
  public synchronized void save(StoredClient client) throws LightStoreException {
    if (!client.chainId().equals(config.chainId())) {
      throw new IllegalArgumentException(
          "a client of chain " + client.chainId() + " in this store");
    }
    if (!rootKnown) {
      load();
    }
    if (rootOnFile.isPresent() && !rootOnFile.get().equals(client.root())) {
      throw new IllegalArgumentException(
          "the file trusts another root: only confirmTrustRoot replaces it");
    }
    write(client);
  }

  @Override
  public synchronized void confirmTrustRoot(
      TrustRoot root, long nowSeconds, long trustingPeriodSeconds) throws LightStoreException {
    Verdict<LightFault> fresh =
        LightVerifier.checkTrustRoot(root, nowSeconds, trustingPeriodSeconds);
    if (!fresh.isAccepted()) {
      throw new IllegalArgumentException(fresh.detail());
    }
    try {
      load();
    } catch (LightStoreException.Corrupt e) {
      moveAside();
    }
    write(StoredClient.of(config.chainId(), LightState.fromRoot(root)));
  }

  private void write(StoredClient client) throws LightStoreException {
    byte[] payload = StoredClient.CODEC.encode(client);
    ByteBuffer out = ByteBuffer.allocate(HEADER + payload.length + Hash32.SIZE);
    out.put(MAGIC).putShort((short) VERSION).putInt(payload.length).put(payload);
    out.put(Hash32.sha256(out.array(), 0, out.position()).bytes());
    try {
      file.write(out.array());
    } catch (IOException e) {
      throw new LightStoreException.Unavailable("cannot write " + file.path() + ": " + e, e);
    }
    rootOnFile = Optional.of(client.root());
    rootKnown = true;
  }

  private void moveAside() throws LightStoreException {
    Path target = file.path().resolveSibling(file.path().getFileName() + ".corrupt");
    try {
      Files.move(file.path(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new LightStoreException.Unavailable("cannot move the refused file aside: " + e, e);
    }
  }

  private StoredClient parse(byte[] bytes) throws LightStoreException.Corrupt {
    if (bytes.length > MAX_FILE_BYTES) {
      throw corrupt(LightStoreException.Reason.TOO_LARGE, "over " + MAX_FILE_BYTES + " bytes");
    }
    if (bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw corrupt(LightStoreException.Reason.NOT_A_STORE, "not a light-client file");
    }
    if (bytes.length < HEADER) {
      throw corrupt(LightStoreException.Reason.TRUNCATED, "cut off in its header");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(MAGIC.length);
    int version = Short.toUnsignedInt(in.getShort());
    if (version != VERSION) {
      throw corrupt(
          LightStoreException.Reason.UNSUPPORTED_VERSION,
          "format version " + version + ", this build reads " + VERSION);
    }
    long length = Integer.toUnsignedLong(in.getInt());
    long expected = HEADER + length + Hash32.SIZE;
    if (expected > MAX_FILE_BYTES) {
      throw corrupt(LightStoreException.Reason.TOO_LARGE, "announces " + length + " bytes");
    }
    if (bytes.length < expected) {
      throw corrupt(
          LightStoreException.Reason.TRUNCATED,
          bytes.length + " bytes where its header announces " + expected);
    }
    if (bytes.length > expected) {
      throw corrupt(
          LightStoreException.Reason.CHECKSUM, (bytes.length - expected) + " bytes past its end");
    }
    int payloadEnd = HEADER + (int) length;
    Hash32 sum = Hash32.sha256(bytes, 0, payloadEnd);
    if (!Arrays.equals(sum.bytes(), 0, Hash32.SIZE, bytes, payloadEnd, payloadEnd + Hash32.SIZE)) {
      throw corrupt(LightStoreException.Reason.CHECKSUM, "the checksum does not match");
    }
    StoredClient client;
    try {
      client = StoredClient.CODEC.decode(Arrays.copyOfRange(bytes, HEADER, payloadEnd));
    } catch (DecodingException e) {
      throw corrupt(LightStoreException.Reason.UNDECODABLE, e.getMessage());
    }
    if (!client.chainId().equals(config.chainId())) {
      throw corrupt(
          LightStoreException.Reason.WRONG_CHAIN,
          "a file of chain " + client.chainId() + ", not " + config.chainId());
    }
    if (client.latest().isPresent()) {
      LightState state = client.state();
      Verdict<LightFault> proof =
          LightVerifier.verifyFinality(client.latest().get(), state::set, config);
      if (!proof.isAccepted()) {
        throw corrupt(
            LightStoreException.Reason.UNDECODABLE,
            "the stored finality proof does not verify: " + proof.detail());
      }
    }
    return client;
  }

  private LightStoreException.Corrupt corrupt(LightStoreException.Reason reason, String detail) {
    return new LightStoreException.Corrupt(reason, file.path() + ": " + detail);
  }
}
