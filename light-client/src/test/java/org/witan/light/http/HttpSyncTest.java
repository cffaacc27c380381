package org.witan.light.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.finality.VoteTarget;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.PeerView;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;
import org.witan.light.witness.Attack;
import org.witan.light.witness.EvidenceBroadcast;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;
import org.witan.light.witness.WitnessedSync;

/**
 * Skipping sync with witnesses over several peers on real local HTTP servers: honest ones serve a
 * really signed chain, misbehaving ones lie in one way each.
 */
class HttpSyncTest {
  private static final ChainConfig CONFIG = HttpChainSourceTest.CONFIG;
  private static final SyntheticChain CHAIN = HttpChainSourceTest.CHAIN;
  private static final long TRUSTING = 3_600;

  private final TestClock clock =
      new TestClock(CONFIG.slotStartMillis(Slot.of(CHAIN.size())) + 1_000);
  private final HttpTransport transport = new HttpTransport(HttpChainSourceTest.PATIENT);
  private final HttpTransport impatient = new HttpTransport(HttpChainSourceTest.READ_TIMEOUT_1S);
  private final List<MockWebServer> servers = new ArrayList<>();
  private final List<Duration> pauses = new ArrayList<>();
  private final List<Attack> attacks = new ArrayList<>();

  @AfterEach
  void stop() {
    transport.close();
    impatient.close();
    servers.forEach(MockWebServer::close);
  }

  private HttpChainSource serve(Dispatcher dispatcher) throws IOException {
    return serve(dispatcher, transport);
  }

  private HttpChainSource serve(Dispatcher dispatcher, HttpTransport through) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start();
    servers.add(server);
    return through.peer(server.url("/").uri(), Network.DEV);
  }

  private HttpChainSource honest() throws IOException {
    return serve(new ChainDispatcher(CHAIN));
  }

  private HttpChainSource lying(Function<HttpUrl, MockResponse> lie) throws IOException {
    return serve(ChainDispatcher.lying(CHAIN, lie));
  }

  private PeerSet<HttpChainSource> peers(HttpChainSource... list) {
    return new PeerSet<>(
        List.of(list),
        PeerPolicy.DEFAULTS,
        clock,
        new SplittableRandom(7),
        d -> {
          pauses.add(d);
          clock.advance(d);
        });
  }

  private WitnessedSync client() {
    return new WitnessedSync(CONFIG, TRUSTING, clock, attacks::add, Runnable::run);
  }

  private static LightState root() {
    return LightState.fromRoot(CHAIN.root());
  }

  private static long target() {
    return CHAIN.size() - 2L;
  }

  private static PeerView view(PeerSet<HttpChainSource> set, HttpChainSource peer) {
    return set.view().stream().filter(v -> v.name().equals(peer.name())).findFirst().orElseThrow();
  }

  private SyncOutcome syncsPastTheLiar(HttpChainSource liar, String fault) throws Exception {
    PeerSet<HttpChainSource> set = peers(liar, honest(), honest(), honest());
    SyncOutcome outcome = client().sync(set, root(), p -> {});
    assertEquals(target(), outcome.state().finalHeight().value());
    PeerView v = view(set, liar);
    assertTrue(v.banned(), () -> "not banned: " + v);
    assertTrue(v.banReason().orElseThrow().contains(fault), v.banReason().orElseThrow());
    assertFalse(outcome.primary().equals(liar.name()));
    return outcome;
  }

  @Test
  void skippingSyncOverThreeHttpPeersIsConfirmedByTwoWitnesses() throws Exception {
    HttpChainSource a = honest();
    HttpChainSource b = honest();
    HttpChainSource c = honest();
    WitnessedSync client = client();
    SyncOutcome outcome = client.sync(peers(a, b, c), root(), p -> {});
    assertEquals(target(), outcome.state().finalHeight().value());
    assertEquals(CHAIN.latestGeneration(), outcome.state().latestSet().generation());
    assertEquals(a.name(), outcome.primary());
    assertEquals(List.of(b.name(), c.name()), outcome.confirmedBy());
    assertEquals(
        CHAIN.header(target()).id(CONFIG.chainId()),
        client.latestFinality().orElseThrow().block().id(CONFIG.chainId()));
    assertFalse(client.halted());
    assertTrue(pauses.isEmpty());
  }

  @Test
  void garbageJsonGetsThePeerBanned() throws Exception {
    syncsPastTheLiar(lying(url -> ChainDispatcher.ok("{\"proof\": [1, 2")), "not valid JSON");
  }

  @Test
  void anOversizedBodyGetsThePeerBanned() throws Exception {
    okio.Buffer huge = new okio.Buffer();
    byte[] block = new byte[256 * 1024];
    java.util.Arrays.fill(block, (byte) ' ');
    for (int i = 0; i < 20; i++) {
      huge.write(block);
    }
    MockResponse oversized =
        new MockResponse.Builder().code(200).chunkedBody(huge, 64 * 1024).build();
    syncsPastTheLiar(lying(url -> oversized), "over 4194304 bytes");
  }

  @Test
  void wrongBase64GetsThePeerBanned() throws Exception {
    syncsPastTheLiar(
        lying(
            url ->
                url.encodedPath().contains("finality")
                    ? ChainDispatcher.ok("{\"proof\": \"@@@@\"}")
                    : null),
        "not base64");
  }

  @Test
  void aPeerOfAnotherChainIsBanned() throws Exception {
    ChainConfig other =
        new ChainConfig(
            ChainId.of("witan-other"), Network.DEV, CONFIG.genesisTimeMillis(), 500, 2, 4, 60);
    syncsPastTheLiar(serve(new ChainDispatcher(SyntheticChain.build(other, 200))), "SET_MISMATCH");
  }

  @Test
  void aForgedFinalityCertificateIsBanned() throws Exception {
    FinalityProof honest = CHAIN.latestFinality();
    FinalityProof forged =
        new FinalityProof(
            honest.block(),
            SyntheticChain.impostorSet(CHAIN.generationAt(target()))
                .strongCertificate(
                    VoteTarget.of(honest.block(), CONFIG.chainId()), CONFIG.chainId(), 4),
            honest.child(),
            honest.childCertificate());
    syncsPastTheLiar(
        lying(url -> url.encodedPath().endsWith("/latest") ? ChainDispatcher.proof(forged) : null),
        "BAD_CERTIFICATE");
  }

  @Test
  void anEpochChangeCertifiedByTheWrongSetIsBanned() throws Exception {
    EpochChange honest = CHAIN.change(1);
    EpochChange wrongSigners =
        new EpochChange(
            honest.firstHeader(),
            honest.nextSet(),
            SyntheticChain.impostorSet(0)
                .strongCertificate(
                    VoteTarget.of(honest.firstHeader(), CONFIG.chainId()), CONFIG.chainId(), 4));
    syncsPastTheLiar(
        lying(
            url ->
                "0".equals(url.queryParameter("fromGeneration"))
                    ? ChainDispatcher.changes(List.of(wrongSigners))
                    : null),
        "BAD_CERTIFICATE");
  }

  @Test
  void aPeerThatWithholdsEverythingIsPassedOverNotBanned() throws Exception {
    HttpChainSource withholding =
        lying(url -> url.encodedPath().endsWith("/latest") ? null : ChainDispatcher.notFound());
    PeerSet<HttpChainSource> set = peers(withholding, honest(), honest());
    SyncOutcome outcome = client().sync(set, root(), p -> {});
    assertEquals(target(), outcome.state().finalHeight().value());
    PeerView v = view(set, withholding);
    assertFalse(v.banned());
    assertTrue(v.score() < 0, v.toString());
  }

  @Test
  void aSilentPeerCostsOneTimeoutAndBacksOff() throws Exception {
    HttpChainSource silent =
        serve(
            new Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                    .onResponseStart(SocketEffect.Stall.INSTANCE)
                    .build();
              }
            },
            impatient);
    PeerSet<HttpChainSource> set = peers(silent, honest(), honest(), honest());
    long start = System.nanoTime();
    SyncOutcome outcome = client().sync(set, root(), p -> {});
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(target(), outcome.state().finalHeight().value());
    // One 1 s read timeout, not the 20 s call timeout: a wide margin for a loaded machine.
    assertTrue(millis < 15_000, "took " + millis + " ms");
    PeerView v = view(set, silent);
    assertFalse(v.banned());
    assertEquals(1, v.consecutiveMisses());
    assertTrue(v.retryAt().isPresent());
    assertFalse(set.primary().orElseThrow().name().equals(silent.name()));
  }

  @Test
  void whenEveryPeerIsBusyTheSetBacksOffAndRetries() throws Exception {
    int[] calls = {0};
    HttpChainSource flaky =
        lying(
            url -> {
              calls[0]++;
              return calls[0] == 1
                  ? new MockResponse.Builder().code(503).setHeader("Retry-After", "2").build()
                  : null;
            });
    PeerSet<HttpChainSource> set = peers(flaky);
    SyncOutcome outcome = client().sync(set, root(), p -> {});
    assertEquals(target(), outcome.state().finalHeight().value());
    assertEquals(1, pauses.size());
    assertEquals(Duration.ofSeconds(2), pauses.get(0), "Retry-After beats the first backoff");
  }

  @Test
  void aForkAtTheHeadSignedByACapturedQuorumHaltsTheClient() throws Exception {
    SyntheticChain fork =
        SyntheticChain.fork(CONFIG, CHAIN.size(), CHAIN.size() - 10, Long.MAX_VALUE);
    HttpChainSource primary = honest();
    HttpChainSource forked = serve(new ChainDispatcher(fork));
    WitnessedSync client = client();
    HaltedException e =
        assertThrows(
            HaltedException.class, () -> client.sync(peers(primary, forked), root(), p -> {}));
    assertTrue(client.halted());
    assertTrue(client.finalState().isEmpty(), "nothing is final once halted");
    assertTrue(client.latestFinality().isEmpty());
    assertEquals(1, attacks.size());
    Attack attack = attacks.get(0);
    assertEquals(e.attack(), attack);
    assertEquals(forked.name(), attack.witness());
    ForkEvidence.ConflictingFinality evidence =
        assertInstanceOf(ForkEvidence.ConflictingFinality.class, attack.evidence());
    assertEquals(target(), evidence.height());
    assertTrue(
        List.of(evidence.first(), evidence.second())
            .containsAll(List.of(CHAIN.latestFinality(), fork.finality(target()))));
    assertTrue(attack.evidence().doubleProposal().isPresent(), "one team signed both blocks");
    assertThrows(HaltedException.class, () -> client.sync(peers(primary), root(), p -> {}));

    MockWebServer honestNode = new MockWebServer();
    servers.add(honestNode);
    honestNode.enqueue(ChainDispatcher.json(202, "{}"));
    honestNode.start();
    List<String> accepted =
        EvidenceBroadcast.offer(
            attack.evidence(), List.of(transport.peer(honestNode.url("/").uri(), Network.DEV)));
    assertEquals(1, accepted.size());
    RecordedRequest posted = honestNode.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("POST", posted.getMethod());
    assertEquals("/v1/evidence", posted.getTarget());
    String json = posted.getBody().utf8();
    String b64 = json.substring(json.indexOf(":\"") + 2, json.lastIndexOf('"'));
    assertEquals(
        attack.evidence(), ForkEvidenceCodec.INSTANCE.decode(Base64.getDecoder().decode(b64)));
  }

  @Test
  void aForkThatHandsTrustToAnotherSetHaltsTheClient() throws Exception {
    // Set 2 is announced at height 120; the fork starts at 100 and announces impostors instead,
    // its first header of generation 2 certified by the real (captured) set 1.
    SyntheticChain fork = SyntheticChain.fork(CONFIG, CHAIN.size(), 100, 2);
    WitnessedSync client = client();
    HttpChainSource forked = serve(new ChainDispatcher(fork));
    HaltedException e =
        assertThrows(
            HaltedException.class,
            () -> client.sync(peers(honest(), forked, honest()), root(), p -> {}));
    ForkEvidence.ConflictingEpochChange evidence =
        assertInstanceOf(ForkEvidence.ConflictingEpochChange.class, e.attack().evidence());
    assertEquals(2, evidence.first().toGeneration());
    assertTrue(client.finalState().isEmpty());
    assertEquals(1, attacks.size());
  }

  @Test
  void aWitnessWhoseAnswerDoesNotVerifyIsBannedNotAnAttack() throws Exception {
    HttpChainSource primary = honest();
    HttpChainSource badWitness =
        lying(
            url ->
                url.encodedPath().startsWith("/v1/finality/")
                        && !url.encodedPath().endsWith("latest")
                    ? ChainDispatcher.proof(
                        new FinalityProof(
                            CHAIN.header(target()),
                            CHAIN.certificate(target() - 1, CHAIN.generationAt(target() - 1)),
                            CHAIN.header(target() + 1),
                            CHAIN.certificate(target() + 1, CHAIN.generationAt(target() + 1))))
                    : null);
    HttpChainSource good = honest();
    PeerSet<HttpChainSource> set = peers(primary, badWitness, good, honest());
    SyncOutcome outcome = client().sync(set, root(), p -> {});
    assertTrue(set.isBanned(badWitness));
    assertEquals(2, outcome.confirmedBy().size());
    assertTrue(attacks.isEmpty());
  }

  @Test
  void withNoUsablePeerTheSyncFailsAsNoResponse() throws Exception {
    HttpChainSource liar = lying(url -> ChainDispatcher.ok("{}"));
    PeerSet<HttpChainSource> set = peers(liar);
    assertThrows(PeerException.NoResponse.class, () -> client().sync(set, root(), p -> {}));
    assertTrue(set.isBanned(liar));
  }
}
