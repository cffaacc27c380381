package org.witan.light.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.witan.light.peer.PeerException;

/**
 * One request to one peer and the mapping of everything that can go wrong to the {@link
 * PeerException} that says how to react: connectivity, timeouts, 429 and 5xx are {@code NoResponse}
 * (with {@code Retry-After}); 404 is {@code NotFound}; an oversized body, JSON that does not parse
 * and any other status are {@code BadData}. The body is counted while it streams, so a peer that
 * lies about {@code Content-Length} or sends without end costs at most the limit.
 */
final class HttpExchange {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
  private static final int MAX_MESSAGE = 200;

  /** A successful (2xx) or rejected (422) answer, parsed. */
  record Reply(int status, JsonNode json) {
    boolean rejected() {
      return status == 422;
    }
  }

  private final OkHttpClient client;
  private final ObjectMapper mapper;
  private final HttpLimits limits;
  private final HttpUrl base;
  private final String name;

  HttpExchange(OkHttpClient client, ObjectMapper mapper, HttpLimits limits, HttpUrl base) {
    this.client = client;
    this.mapper = mapper;
    this.limits = limits;
    this.base = base;
    String text = base.toString();
    this.name = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** A JSON reader bounded in depth and token sizes, strict about duplicate keys and trailers. */
  static ObjectMapper strictMapper(HttpLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNumberLength(32)
                    .maxStringLength(limits.maxBodyBytes())
                    .maxNameLength(64)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  String name() {
    return name;
  }

  /** {@code base/v1/<segments>}. */
  HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder b = base.newBuilder().addPathSegment("v1");
    for (String s : segments) {
      b.addPathSegment(s);
    }
    return b;
  }

  /** GETs {@code url}; only a 2xx answer is a result. */
  JsonNode get(HttpUrl url) throws PeerException {
    Reply reply = send(new Request.Builder().url(url).get().build());
    if (reply.rejected()) {
      throw new PeerException.BadData(name, "answered REJECTED to a query");
    }
    return reply.json();
  }

  /** POSTs {@code body}; a 2xx or a 422 answer is a result. */
  Reply post(HttpUrl url, JsonNode body) throws PeerException {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("a request body always serializes", e);
    }
    return send(new Request.Builder().url(url).post(RequestBody.create(bytes, JSON)).build());
  }

  private Reply send(Request request) throws PeerException {
    Call call = client.newCall(request.newBuilder().header("Accept", "application/json").build());
    try (Response response = call.execute()) {
      int status = response.code();
      ResponseBody body = response.body();
      if (status == 404) {
        throw new PeerException.NotFound(name, "NOT_FOUND " + errorMessage(body));
      }
      if (status == 429 || status >= 500) {
        throw new PeerException.NoResponse(
            name,
            "HTTP " + status + " " + errorMessage(body),
            null,
            retryAfter(response.header("Retry-After")));
      }
      if ((status < 200 || status > 299) && status != 422) {
        throw new PeerException.BadData(
            name, "answered HTTP " + status + " " + errorMessage(body) + " to " + request.url());
      }
      return new Reply(status, parse(read(body)));
    } catch (IOException e) {
      throw new PeerException.NoResponse(
          name, "no answer to " + request.url().encodedPath() + ": " + e, e);
    }
  }

  /** The body, read in chunks and cut off past the limit (never trusting Content-Length). */
  private byte[] read(ResponseBody body) throws IOException, PeerException.BadData {
    int limit = limits.maxBodyBytes();
    if (body.contentLength() > limit) {
      throw new PeerException.BadData(
          name, "announces a body of " + body.contentLength() + " bytes, over " + limit);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] chunk = new byte[8192];
    try (InputStream in = body.byteStream()) {
      int n;
      while ((n = in.read(chunk)) != -1) {
        if (out.size() + n > limit) {
          throw new PeerException.BadData(name, "sent a body over " + limit + " bytes");
        }
        out.write(chunk, 0, n);
      }
    }
    return out.toByteArray();
  }

  private JsonNode parse(byte[] bytes) throws PeerException.BadData {
    try {
      JsonNode node = mapper.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new PeerException.BadData(name, "the answer is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new PeerException.BadData(name, "the answer is not valid JSON: " + brief(e));
    }
  }

  /** The peer's {@code error.code} and {@code error.message}, bounded, for logs only. */
  private String errorMessage(ResponseBody body) {
    try {
      JsonNode error = parse(read(body)).path("error");
      return clean(error.path("code").asText("") + ": " + error.path("message").asText(""));
    } catch (IOException | PeerException e) {
      return "(no readable error)";
    }
  }

  /** {@code Retry-After} in seconds (the HTTP-date form is ignored), at most an hour. */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || header.isEmpty() || header.length() > 10) {
      return Optional.empty();
    }
    for (int i = 0; i < header.length(); i++) {
      if (header.charAt(i) < '0' || header.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    Duration d = Duration.ofSeconds(Long.parseLong(header));
    return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
  }

  /** Peer text made safe for a log line: printable ASCII, bounded. */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_MESSAGE));
    for (int i = 0; i < text.length() && b.length() < MAX_MESSAGE; i++) {
      char c = text.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return b.toString();
  }

  private static String brief(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = m.indexOf('\n');
    return clean(newline < 0 ? m : m.substring(0, newline));
  }
}
