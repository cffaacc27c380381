package org.witan.light.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.merkle.SparseMerkleProofCodec;
import org.witan.core.value.ChainId;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerStatus;
import org.witan.light.peer.StateAnswer;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/** The adaptor against a real local HTTP server playing honest and misbehaving peers. */
class HttpChainSourceTest {
  static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 200);

  /**
   * For tests that are not about timeouts: the defaults (connect 5 s, read 10 s, call 20 s), wide
   * enough for a machine under heavy load.
   */
  static final HttpLimits PATIENT = HttpLimits.DEFAULTS;

  /**
   * For tests about a silent peer: a read timeout of 1 s under a call timeout of 20 s, so a test
   * can tell the read timeout (it ends well before 10 s) from the call timeout.
   */
  static final HttpLimits READ_TIMEOUT_1S =
      HttpLimits.DEFAULTS.withTimeouts(
          Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(20));

  private MockWebServer server;
  private HttpTransport transport;
  private HttpChainSource peer;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    transport = new HttpTransport(PATIENT);
    peer = transport.peer(server.url("/").uri(), Network.DEV);
  }

  @AfterEach
  void stop() {
    transport.close();
    if (timing != null) {
      timing.close();
    }
    server.close();
  }

  private HttpTransport timing;

  /** {@link #peer} through a transport with a 1 s read timeout. */
  private HttpChainSource impatientPeer() {
    timing = new HttpTransport(READ_TIMEOUT_1S);
    return timing.peer(server.url("/").uri(), Network.DEV);
  }

  private void answer(MockResponse response) {
    server.enqueue(response);
  }

  @Test
  void honestAnswersDecodeToTheChainsOwnValues() throws Exception {
    server.setDispatcher(new ChainDispatcher(CHAIN));
    List<EpochChange> changes = peer.epochChanges(0, 64);
    assertEquals(CHAIN.latestGeneration(), changes.size());
    assertEquals(CHAIN.change(1), changes.get(0));
    assertEquals(CHAIN.latestFinality(), peer.latestFinality());
    assertEquals(CHAIN.finality(100), peer.finality(100));
    assertEquals(List.of(CHAIN.header(5), CHAIN.header(6)), peer.headers(5, 2));
    RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/v1/epoch-changes?fromGeneration=0&count=64", first.getTarget());
    assertEquals("application/json", first.getHeaders().get("Accept"));
  }

  @Test
  void garbageJsonIsBadData() {
    answer(ChainDispatcher.ok("{\"proof\": \"AAAA\", oops"));
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void duplicateKeysAndTrailingTokensAreBadData() {
    answer(ChainDispatcher.ok("{\"proof\": \"AAAA\", \"proof\": \"AAAA\"}"));
    assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    answer(ChainDispatcher.ok("{\"changes\": []} {}"));
    assertThrows(PeerException.BadData.class, () -> peer.epochChanges(0, 1));
  }

  @Test
  void anOversizedStreamedBodyIsCutOffAtTheLimit() {
    // Chunked: no Content-Length to trust. 5 MiB of one JSON string.
    Buffer body = new Buffer().writeUtf8("{\"proof\": \"");
    byte[] block = new byte[64 * 1024];
    java.util.Arrays.fill(block, (byte) 'A');
    for (int i = 0; i < 80; i++) {
      body.write(block);
    }
    body.writeUtf8("\"}");
    answer(new MockResponse.Builder().code(200).chunkedBody(body, 16 * 1024).build());
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    assertTrue(e.getMessage().contains("over 4194304 bytes"), e.getMessage());
  }

  @Test
  void anAnnouncedOversizedBodyIsRefusedBeforeReading() {
    Buffer body = new Buffer().write(new byte[5 * 1024 * 1024]);
    answer(new MockResponse.Builder().code(200).body(body).build());
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    assertTrue(e.getMessage().contains("announces a body"), e.getMessage());
  }

  @Test
  void wrongOrUnpaddedBase64IsBadData() {
    answer(ChainDispatcher.ok("{\"proof\": \"not*base64!\"}"));
    assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    answer(ChainDispatcher.ok("{\"proof\": \"AAA\"}"));
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    assertTrue(e.getMessage().contains("padded"), e.getMessage());
  }

  @Test
  void bytesThatAreNotTheEncodingAreBadData() {
    answer(ChainDispatcher.ok("{\"proof\": \"" + ChainDispatcher.b64(new byte[40]) + "\"}"));
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    assertTrue(e.getMessage().contains("does not decode"), e.getMessage());
  }

  @Test
  void moreEntriesThanAskedAreBadDataBeforeDecoding() {
    answer(ChainDispatcher.changes(List.of(CHAIN.change(1), CHAIN.change(2))));
    PeerException.BadData e =
        assertThrows(PeerException.BadData.class, () -> peer.epochChanges(0, 1));
    assertTrue(e.getMessage().contains("more than the 1 asked"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> peer.headers(0, 513));
  }

  @Test
  void notFoundIsNotFound() {
    answer(ChainDispatcher.notFound());
    PeerException.NotFound e =
        assertThrows(PeerException.NotFound.class, () -> peer.finality(999_999));
    assertTrue(e.getMessage().contains("NOT_FOUND"), e.getMessage());
  }

  @Test
  void busyAndFailingPeersAreNoResponseWithTheirRetryAfter() {
    answer(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "7")
            .body("{\"error\": {\"code\": \"RATE_LIMITED\", \"message\": \"slow down\"}}")
            .build());
    PeerException.NoResponse e =
        assertThrows(PeerException.NoResponse.class, () -> peer.latestFinality());
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
    answer(ChainDispatcher.json(503, "{}"));
    assertEquals(
        Optional.empty(),
        assertThrows(PeerException.NoResponse.class, () -> peer.latestFinality()).retryAfter());
    answer(ChainDispatcher.json(500, "not json at all"));
    assertThrows(PeerException.NoResponse.class, () -> peer.latestFinality());
  }

  @Test
  void aSilentPeerTimesOutAtTheReadTimeout() {
    HttpChainSource impatient = impatientPeer();
    answer(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    long start = System.nanoTime();
    assertThrows(PeerException.NoResponse.class, impatient::latestFinality);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // The read timeout is 1 s, the call timeout 20 s: 10 s leaves a wide margin for a loaded
    // machine and still fails if only the call timeout ended the request.
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }

  @Test
  void aPeerThatStopsMidBodyTimesOut() {
    answer(
        new MockResponse.Builder()
            .code(200)
            .body("{\"proof\": \"AAAA\"}")
            .onResponseBody(SocketEffect.Stall.INSTANCE)
            .build());
    HttpChainSource impatient = impatientPeer();
    assertThrows(PeerException.NoResponse.class, impatient::latestFinality);
  }

  @Test
  void aClosedPortIsNoResponse() throws IOException {
    URI gone = server.url("/").uri();
    server.close();
    HttpChainSource dead = transport.peer(gone, Network.DEV);
    assertThrows(PeerException.NoResponse.class, dead::latestFinality);
  }

  @Test
  void redirectsAreNotFollowed() {
    answer(
        new MockResponse.Builder()
            .code(302)
            .setHeader("Location", "http://169.254.169.254/latest")
            .build());
    assertThrows(PeerException.BadData.class, () -> peer.latestFinality());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void statusStateAndPeersDecode() throws Exception {
    Hash32 id = Hash32.sha256(new byte[] {1});
    answer(
        ChainDispatcher.ok(
            "{\"chainId\": \"witan-test\", \"genesisHash\": \""
                + id.toHex()
                + "\", \"network\": \"dev\", \"headHeight\": \"120\", \"headId\": \""
                + id.toHex()
                + "\", \"finalHeight\": \"118\", \"finalId\": \""
                + id.toHex()
                + "\", \"generation\": 2, \"version\": \"0.1.0\", \"oldestBlock\": \"0\"}"));
    PeerStatus status = peer.status();
    assertEquals(118, status.finalHeight().value());
    assertEquals(2, status.generation());

    SparseMerkleProof empty = new SparseMerkleProof(List.of(), Optional.empty());
    answer(
        ChainDispatcher.ok(
            "{\"height\": \"118\", \"value\": null, \"proof\": \""
                + ChainDispatcher.b64(SparseMerkleProofCodec.INSTANCE.encode(empty))
                + "\"}"));
    StateAnswer state = peer.state(id, OptionalLong.of(118));
    assertEquals(Optional.empty(), state.value());
    assertEquals(empty, state.proof());
    RecordedRequest statusRequest = takeRequest();
    assertEquals("/v1/status", statusRequest.getTarget());
    assertEquals("/v1/state/" + id.toHex() + "?height=118", takeRequest().getTarget());

    answer(ChainDispatcher.ok("{\"peers\": [\"http://203.0.113.5:7070\"]}"));
    assertEquals(List.of(URI.create("http://203.0.113.5:7070")), peer.peers());
    answer(ChainDispatcher.ok("{\"peers\": [\"file:///etc/passwd\"]}"));
    assertThrows(PeerException.BadData.class, () -> peer.peers());
  }

  @Test
  void aStateAnswerForAnotherHeightIsBadData() {
    SparseMerkleProof empty = new SparseMerkleProof(List.of(), Optional.empty());
    answer(
        ChainDispatcher.ok(
            "{\"height\": \"117\", \"value\": null, \"proof\": \""
                + ChainDispatcher.b64(SparseMerkleProofCodec.INSTANCE.encode(empty))
                + "\"}"));
    assertThrows(PeerException.BadData.class, () -> peer.state(Hash32.ZERO, OptionalLong.of(118)));
  }

  @Test
  void aFinalityProofOfAnotherChainStillDecodes() throws Exception {
    // The adaptor decodes; the verifier (not the adaptor) rejects another chain's proof.
    SyntheticChain other =
        SyntheticChain.build(
            new ChainConfig(
                ChainId.of("witan-other"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60),
            10);
    answer(ChainDispatcher.proof(other.latestFinality()));
    assertInstanceOf(FinalityProof.class, peer.latestFinality());
  }

  private RecordedRequest takeRequest() throws InterruptedException {
    return server.takeRequest(1, TimeUnit.SECONDS);
  }
}
