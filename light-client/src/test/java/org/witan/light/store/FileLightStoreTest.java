package org.witan.light.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.core.vault.AtomicFile;
import org.witan.light.sync.HonestSource;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SkippingSync;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.TrustRoot;

class FileLightStoreTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 400);
  private static final long TRUSTING = 3_600;

  @TempDir Path dir;

  private static Clock at(long slot) {
    return Clock.fixed(
        Instant.ofEpochMilli(CONFIG.slotStartMillis(Slot.of(slot)) + 1_000), ZoneOffset.UTC);
  }

  private static LightState synced(Clock clock) throws Exception {
    return new SkippingSync(CONFIG, TRUSTING, clock)
        .sync(LightState.fromRoot(CHAIN.root()), new HonestSource(CHAIN), p -> {});
  }

  private static void assertSameState(LightState expected, LightState actual) {
    assertEquals(expected.root(), actual.root());
    assertEquals(expected.sets(), actual.sets());
    assertEquals(expected.latestFinality(), actual.latestFinality());
    assertEquals(expected.finalHeight(), actual.finalHeight());
  }

  @Test
  void aSyncedClientRoundTrips() throws Exception {
    LightState state = synced(at(CHAIN.size()));
    Path path = dir.resolve("light.bin");
    new FileLightStore(path, CONFIG).save(StoredClient.of(CONFIG.chainId(), state));

    StoredClient loaded = new FileLightStore(path, CONFIG).load().orElseThrow();
    assertSameState(state, loaded.state());
    assertEquals(List.of(state.finalHeader().orElseThrow()), loaded.recentHeaders());
    assertEquals(StoredClient.of(CONFIG.chainId(), state), loaded);
    assertTrue(Files.size(path) < 64 * 1024, "a few sets and one proof: " + Files.size(path));
  }

  @Test
  void aFirstRunFindsNothing() throws Exception {
    assertEquals(Optional.empty(), new FileLightStore(dir.resolve("none.bin"), CONFIG).load());
  }

  @Test
  void recentHeadersGrowInHeightOrderAndStayBounded() throws Exception {
    LightState root = LightState.fromRoot(CHAIN.root());
    StoredClient client = StoredClient.of(CONFIG.chainId(), root);
    SkippingSync sync = new SkippingSync(CONFIG, TRUSTING, at(CHAIN.size()));
    HonestSource peer = new HonestSource(CHAIN);
    LightState state = root;
    for (long h = 100; h <= 300; h += 100) {
      state = sync.advance(state, CHAIN.finality(h), peer);
      client = client.advancedTo(state);
    }
    client = client.advancedTo(state); // the same final block again: not appended twice
    assertEquals(
        List.of(Height.of(100), Height.of(200), Height.of(300)),
        client.recentHeaders().stream().map(h -> h.body().height()).toList());

    Path path = dir.resolve("light.bin");
    new FileLightStore(path, CONFIG).save(client);
    assertEquals(client, new FileLightStore(path, CONFIG).load().orElseThrow());
  }

  @Test
  void aFlippedBitIsACorruptFileAndTheFileIsKept() throws Exception {
    Path path = saved();
    byte[] bytes = Files.readAllBytes(path);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(path, bytes);

    LightStoreException.Corrupt e =
        assertThrows(
            LightStoreException.Corrupt.class, () -> new FileLightStore(path, CONFIG).load());
    assertEquals(LightStoreException.Reason.CHECKSUM, e.reason());
    assertTrue(e.getMessage().contains(path.getFileName().toString()), e.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(path), "a refused file is not touched");
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    Path path = saved();
    byte[] bytes = Files.readAllBytes(path);
    for (int cut : new int[] {bytes.length - 1, bytes.length / 2, 12, 3}) {
      Files.write(path, java.util.Arrays.copyOf(bytes, cut));
      LightStoreException.Corrupt e =
          assertThrows(
              LightStoreException.Corrupt.class, () -> new FileLightStore(path, CONFIG).load());
      assertEquals(
          cut < FileLightStore.MAGIC.length
              ? LightStoreException.Reason.NOT_A_STORE
              : LightStoreException.Reason.TRUNCATED,
          e.reason(),
          "cut at " + cut);
    }
  }

  @Test
  void otherFilesAndOtherChainsAreRefused() throws Exception {
    Path path = saved();
    ChainConfig other =
        new ChainConfig(ChainId.of("witan-other"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
    assertEquals(
        LightStoreException.Reason.WRONG_CHAIN,
        assertThrows(
                LightStoreException.Corrupt.class, () -> new FileLightStore(path, other).load())
            .reason());

    Files.writeString(path, "{\"not\": \"a store\"}");
    assertEquals(
        LightStoreException.Reason.NOT_A_STORE,
        assertThrows(
                LightStoreException.Corrupt.class, () -> new FileLightStore(path, CONFIG).load())
            .reason());

    byte[] huge = new byte[FileLightStore.MAX_FILE_BYTES + 10];
    System.arraycopy(FileLightStore.MAGIC, 0, huge, 0, FileLightStore.MAGIC.length);
    Files.write(path, huge);
    assertEquals(
        LightStoreException.Reason.TOO_LARGE,
        assertThrows(
                LightStoreException.Corrupt.class, () -> new FileLightStore(path, CONFIG).load())
            .reason());
  }

  @Test
  void aCrashBetweenWriteAndRenameKeepsThePreviousFile() throws Exception {
    Path path = dir.resolve("light.bin");
    SkippingSync sync = new SkippingSync(CONFIG, TRUSTING, at(CHAIN.size()));
    LightState earlier =
        sync.advance(
            LightState.fromRoot(CHAIN.root()), CHAIN.finality(200), new HonestSource(CHAIN));
    StoredClient before = StoredClient.of(CONFIG.chainId(), earlier);
    new FileLightStore(path, CONFIG).save(before);
    Path leftover = dir.resolve("leftover");
    FileLightStore crashing =
        new FileLightStore(
            new AtomicFile(
                path,
                AtomicFile.ChannelWriter.DIRECT,
                new SecureRandom(),
                temporary -> {
                  Files.copy(temporary, leftover);
                  throw new IOException("killed before the rename");
                }),
            CONFIG);
    LightState later =
        sync.advance(before.state(), CHAIN.latestFinality(), new HonestSource(CHAIN));
    assertThrows(
        LightStoreException.Unavailable.class, () -> crashing.save(before.advancedTo(later)));

    // A killed process leaves its complete temporary file behind: put it back as it would be.
    Path stale = dir.resolve(".light.bin.0123456789abcdef.tmp");
    Files.move(leftover, stale);
    assertEquals(before, new FileLightStore(path, CONFIG).load().orElseThrow());

    FileLightStore store = new FileLightStore(path, CONFIG);
    store.save(before.advancedTo(later));
    assertEquals(later.finalHeight(), store.load().orElseThrow().state().finalHeight());
    assertFalse(Files.exists(stale), "the next write removes what a crash left");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(path), files.toList());
    }
  }

  @Test
  void aStaleTrustRootStaysRefusedUntilAPersonConfirmsANewOne() throws Exception {
    Path path = saved();
    long stale = CHAIN.size() + (TRUSTING + 60) * 1000 / CONFIG.blockIntervalMillis();
    Clock later = at(stale);
    FileLightStore store = new FileLightStore(path, CONFIG);
    LightState state = store.load().orElseThrow().state();
    SkippingSync sync = new SkippingSync(CONFIG, TRUSTING, later);
    assertThrows(
        StaleTrustException.class, () -> sync.sync(state, new HonestSource(CHAIN), p -> {}));

    // Saving and reloading does not refresh anything.
    store.save(StoredClient.of(CONFIG.chainId(), state));
    LightState reloaded = new FileLightStore(path, CONFIG).load().orElseThrow().state();
    assertThrows(
        StaleTrustException.class, () -> sync.sync(reloaded, new HonestSource(CHAIN), p -> {}));

    // A new root does not come in through save, nor as a stale checkpoint.
    long nowSeconds = later.millis() / 1000;
    TrustRoot checkpoint =
        new TrustRoot(
            Height.of(CHAIN.size() - 2),
            CHAIN.header(CHAIN.size() - 2).id(CONFIG.chainId()),
            nowSeconds - 10,
            CHAIN.root().set());
    assertThrows(
        IllegalArgumentException.class,
        () -> store.save(StoredClient.of(CONFIG.chainId(), LightState.fromRoot(checkpoint))));
    assertThrows(
        IllegalArgumentException.class,
        () -> store.confirmTrustRoot(CHAIN.root(), nowSeconds, TRUSTING));

    store.confirmTrustRoot(checkpoint, nowSeconds, TRUSTING);
    StoredClient confirmed = new FileLightStore(path, CONFIG).load().orElseThrow();
    assertEquals(checkpoint, confirmed.root());
    assertEquals(Optional.empty(), confirmed.latest());
  }

  @Test
  void confirmingARootMovesACorruptFileAside() throws Exception {
    Path path = saved();
    Files.write(path, new byte[] {1, 2, 3});
    FileLightStore store = new FileLightStore(path, CONFIG);
    assertThrows(LightStoreException.Corrupt.class, store::load);
    long now = at(CHAIN.size()).millis() / 1000;
    store.confirmTrustRoot(CHAIN.root(), now, TRUSTING);
    assertEquals(CHAIN.root(), store.load().orElseThrow().root());
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("light.bin.corrupt")));
  }

  private Path saved() throws Exception {
    Path path = dir.resolve("light.bin");
    new FileLightStore(path, CONFIG)
        .save(StoredClient.of(CONFIG.chainId(), synced(at(CHAIN.size()))));
    return path;
  }
}
