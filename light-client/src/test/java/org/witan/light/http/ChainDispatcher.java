package org.witan.light.http;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * A peer serving a {@link SyntheticChain} over the peer API's sync endpoints, on a MockWebServer.
 * Misbehaving peers override {@link #misbehave} (return null to answer honestly).
 */
public class ChainDispatcher extends Dispatcher {
  public final SyntheticChain chain;
  public final AtomicInteger requests = new AtomicInteger();

  public ChainDispatcher(SyntheticChain chain) {
    this.chain = chain;
  }

  /** An honest peer but for the answers {@code lie} returns (null: honest). */
  public static ChainDispatcher lying(SyntheticChain chain, Function<HttpUrl, MockResponse> lie) {
    return new ChainDispatcher(chain) {
      @Override
      protected MockResponse misbehave(HttpUrl url) {
        return lie.apply(url);
      }
    };
  }

  protected MockResponse misbehave(HttpUrl url) {
    return null;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.incrementAndGet();
    HttpUrl url = request.getUrl();
    MockResponse lie = misbehave(url);
    if (lie != null) {
      return lie;
    }
    String path = url.encodedPath();
    if (path.equals("/v1/finality/latest")) {
      return proof(chain.latestFinality());
    }
    if (path.startsWith("/v1/finality/")) {
      long height = Long.parseLong(path.substring("/v1/finality/".length()));
      return height + 1 < chain.size() ? proof(chain.finality(height)) : notFound();
    }
    if (path.equals("/v1/epoch-changes")) {
      long from = Long.parseLong(url.queryParameter("fromGeneration"));
      int count = Integer.parseInt(url.queryParameter("count"));
      List<String> out = new ArrayList<>();
      for (long g = from + 1; g <= chain.latestGeneration() && out.size() < count; g++) {
        out.add(b64(EpochChange.CODEC.encode(chain.change(g))));
      }
      return list("changes", out);
    }
    if (path.equals("/v1/headers")) {
      long from = Long.parseLong(url.queryParameter("from"));
      int count = Integer.parseInt(url.queryParameter("count"));
      List<String> out = new ArrayList<>();
      for (long h = from; h < from + count && h < chain.size(); h++) {
        out.add(b64(org.witan.core.header.BlockHeader.CODEC.encode(chain.header(h))));
      }
      return list("headers", out);
    }
    return notFound();
  }

  public static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  public static MockResponse ok(String body) {
    return json(200, body);
  }

  public static MockResponse notFound() {
    return json(404, "{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"no such thing\"}}");
  }

  public static MockResponse proof(FinalityProof proof) {
    return ok("{\"proof\": \"" + b64(FinalityProof.CODEC.encode(proof)) + "\"}");
  }

  public static MockResponse changes(List<EpochChange> changes) {
    return list("changes", changes.stream().map(c -> b64(EpochChange.CODEC.encode(c))).toList());
  }

  static MockResponse list(String field, List<String> items) {
    StringBuilder b = new StringBuilder("{\"").append(field).append("\": [");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "\"" : ", \"").append(items.get(i)).append('"');
    }
    return ok(b.append("]}").toString());
  }
}
