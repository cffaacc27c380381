package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.block.Block;
import org.witan.core.chain.Param;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.StateKey;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.TeamId;
import org.witan.core.testing.SigningSet;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;
import org.witan.node.evidence.Forks;
import org.witan.node.evidence.SeenEvidence;

/**
 * {@code POST /v1/evidence} on a live four-producer network over real HTTP: malformed bodies get
 * {@code BAD_REQUEST}, evidence that does not hold gets {@code REJECTED} with its reason and leaves
 * no trace, and a real fork (the node's own final block and a twin for the same slot, signed and
 * certified with the devnet producers' keys, i.e. a captured quorum) is accepted, shown in the
 * status, forwarded to every other node, and punished on chain: a producer submits the double
 * proposal, the {@code SubmitEvidence} transaction becomes final and the team is slashed and
 * tombstoned.
 */
class EvidenceEndpointTest {
  @TempDir Path dir;

  private final OkHttpClient client = new OkHttpClient();

  @AfterEach
  void stop() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  @Timeout(240)
  void aNodeChecksActsOnAndForwardsForkEvidence() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 4);
      NodeService target = net.node(0);
      String url = target.url();
      ChainId chain = net.genesis.config().chainId();
      FinalityProof real = target.chain().latestFinality().orElseThrow();
      LongFunction<ProducerSet> sets = g -> target.chain().producerSet(g).orElseThrow();
      List<SigningKey> attesters = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        attesters.add(LocalNet.attester(i));
      }
      Function<TeamId, SigningKey> signers = team -> LocalNet.signer((int) team.value() - 1);
      FinalityProof twin = Forks.forgedTwin(real, sets, signers, attesters, chain);
      ForkEvidence evidence = ForkEvidence.of(real, twin).orElseThrow();

      // (1) Malformed: error envelopes, nothing decoded.
      assertError(post(url, "not json"), 400, "BAD_REQUEST");
      assertError(post(url, "{\"evidence\": 12}"), 400, "BAD_REQUEST");
      assertError(post(url, "{\"evidence\": \"not base64!\"}"), 400, "BAD_REQUEST");
      assertError(post(url, body(new byte[] {9, 1, 2, 3})), 400, "BAD_REQUEST");
      byte[] encoded = ForkEvidenceCodec.INSTANCE.encode(evidence);
      assertError(
          post(url, body(java.util.Arrays.copyOf(encoded, encoded.length - 1))),
          400,
          "BAD_REQUEST");
      assertError(post(url, "{\"evidence\":\"" + "A".repeat(70 * 1024) + "\"}"), 413, "TOO_LARGE");
      assertError(postChunked(url, 200 * 1024), 413, "TOO_LARGE");

      // (2) Decodes but does not hold: REJECTED with a reason.
      Answer same = post(url, body(pair(real, real)));
      assertError(same, 422, "REJECTED");
      assertTrue(same.body.contains("\"reason\":\"NOT_A_CONFLICT\""), same.body);

      FinalityProof badlySigned =
          Forks.forgedTwin(real, sets, team -> LocalNet.user(0), attesters, chain);
      Answer forged = post(url, body(ForkEvidence.of(real, badlySigned).orElseThrow()));
      assertError(forged, 422, "REJECTED");
      assertTrue(forged.body.contains("\"reason\":\"DOES_NOT_VERIFY\""), forged.body);
      assertTrue(forged.body.contains("BAD_HEADER"), forged.body);

      SigningSet elsewhere = SigningSet.ofSize(4, 9);
      Answer unknown =
          post(
              url,
              body(
                  ForkEvidence.of(
                          Forks.proof(elsewhere, net.genesis.config(), 50, "a"),
                          Forks.proof(elsewhere, net.genesis.config(), 50, "b"))
                      .orElseThrow()));
      assertError(unknown, 422, "REJECTED");
      assertTrue(unknown.body.contains("\"reason\":\"UNKNOWN_GENERATION\""), unknown.body);
      assertTrue(target.forkEvidence().isEmpty(), "evidence that does not hold leaves no trace");
      assertTrue(get(url + "/v1/status").body.contains("\"forkEvidence\":[]"));

      // (3) A real fork: accepted, shown, forwarded.
      TeamId team = real.block().body().producer();
      Amount bondBefore = team(target, team).selfBond();
      long heightBefore = target.status().finalHeight().value();
      Answer accepted = post(url, body(evidence));
      assertEquals(202, accepted.code, accepted.body);
      assertEquals("{}", accepted.body);
      assertEquals(202, post(url, body(evidence)).code, "a second offer is accepted as well");
      Hash32 hash = Hash32.sha256(encoded);
      assertEquals(1, target.forkEvidence().size(), "kept once");
      SeenEvidence seen = target.forkEvidence().get(0);
      assertEquals(hash, seen.hash());
      assertEquals(Optional.of(team), seen.doubleProposer());
      String status = get(url + "/v1/status").body;
      assertTrue(status.contains("\"hash\":\"" + hash.toHex() + "\""), status);
      assertTrue(status.contains("\"kind\":\"finality\""), status);
      NetworkTest.await(
          "every other node has the forwarded evidence",
          () ->
              net.nodes.stream()
                  .allMatch(
                      n ->
                          n.forkEvidence().stream()
                              .map(SeenEvidence::hash)
                              .toList()
                              .equals(List.of(hash))));
      assertTrue(
          get(net.node(3).url() + "/v1/status").body.contains(hash.toHex()),
          "and shows it in its status");

      // (4) The double proposal is punished on chain.
      DoubleProposal proposal = evidence.doubleProposal().orElseThrow();
      NetworkTest.await(
          "the team is tombstoned in the final state",
          () -> team(target, team).status() == TeamStatus.TOMBSTONED);
      Amount slash =
          Amount.ofUnits(
              bondBefore.unitsExact()
                  * Params.devnetDefaults().get(Param.EQUIVOCATION_SLASH_BPS)
                  / 10_000);
      assertEquals(bondBefore.minus(slash), team(target, team).selfBond());
      assertTrue(
          finalTransactions(target, heightBefore).stream()
              .anyMatch(
                  tx ->
                      tx.body().action() instanceof SubmitEvidence s
                          && s.evidence().equals(proposal)),
          "a final SubmitEvidence transaction carries the double proposal");

      // The network survives its alarm.
      long now = target.status().finalHeight().value();
      NetworkTest.awaitFinal(net, 4, now + 2);
    }
  }

  private static TeamState team(NodeService node, TeamId team) {
    byte[] record =
        node.chain()
            .state(StateKey.team(team), Optional.empty())
            .orElseThrow()
            .value()
            .orElseThrow();
    try {
      return TeamState.CODEC.decode(record);
    } catch (org.witan.core.codec.DecodingException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Transaction> finalTransactions(NodeService node, long from) {
    List<Transaction> txs = new ArrayList<>();
    long to = node.status().finalHeight().value();
    for (long h = from; h <= to; h++) {
      node.chain().block(h).map(Block::transactions).ifPresent(txs::addAll);
    }
    return txs;
  }

  private static String body(ForkEvidence evidence) {
    return body(ForkEvidenceCodec.INSTANCE.encode(evidence));
  }

  private static String body(byte[] bytes) {
    return "{\"evidence\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
  }

  /** Tag 0 and two proofs in the order given, whether or not they conflict. */
  private static byte[] pair(FinalityProof first, FinalityProof second) {
    org.witan.core.codec.Writer w = new org.witan.core.codec.Writer();
    w.u8(0);
    FinalityProof.CODEC.write(w, first);
    FinalityProof.CODEC.write(w, second);
    return w.toByteArray();
  }

  private static void assertError(Answer answer, int status, String code) {
    assertEquals(status, answer.code, answer.body);
    assertTrue(answer.body.contains("\"code\":\"" + code + "\""), answer.body);
  }

  private record Answer(int code, String body) {}

  private Answer post(String url, String body) throws Exception {
    Request request =
        new Request.Builder()
            .url(url + "/v1/evidence")
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  /** A body of {@code size} bytes sent chunked: no length is declared up front. */
  private Answer postChunked(String url, int size) throws Exception {
    RequestBody chunked =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return MediaType.get("application/json");
          }

          @Override
          public long contentLength() {
            return -1;
          }

          @Override
          public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8("{\"evidence\":\"");
            for (int i = 0; i < size / 1024; i++) {
              sink.writeUtf8("A".repeat(1024));
              sink.flush();
            }
            sink.writeUtf8("\"}");
          }
        };
    Request request = new Request.Builder().url(url + "/v1/evidence").post(chunked).build();
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  private Answer get(String url) throws Exception {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }
}
