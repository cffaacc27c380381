package org.witan.light.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.witan.light.follow.FinalitySource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.FinalityProof;

/**
 * A peer's {@code /v1/stream} WebSocket subscribed to {@code finality} (docs/peer-api.md): each
 * {@code {"type": "final", "proof": base64 FinalityProof}} becomes {@link
 * FinalitySource.Events#onProof}. Messages are bounded (one proof, base64, and a little JSON) and
 * parsed with the same strict reader as answers; a message that does not parse ends the stream with
 * {@code BadData}, a lost connection with {@code NoResponse}. Pings every read timeout detect a
 * dead peer. Created by {@link HttpTransport#finalityStream}.
 */
public final class HttpFinalityStream implements FinalitySource {
  /** The largest message accepted: a base64 finality proof and its envelope. */
  static final int MAX_MESSAGE_CHARS = (FinalityProof.CODEC.maxEncodedSize() + 2) / 3 * 4 + 256;

  static final String SUBSCRIBE = "{\"subscribe\": [\"finality\"]}";

  private final OkHttpClient client;
  private final ObjectMapper mapper;
  private final HttpUrl url;
  private final String name;

  HttpFinalityStream(OkHttpClient client, ObjectMapper mapper, HttpUrl base) {
    this.client = client;
    this.mapper = mapper;
    this.url = base.newBuilder().addPathSegment("v1").addPathSegment("stream").build();
    String text = base.toString();
    this.name = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Subscription subscribe(Events events) {
    Listener listener = new Listener(events);
    WebSocket socket = client.newWebSocket(new Request.Builder().url(url).build(), listener);
    return () -> {
      listener.done.set(true);
      socket.close(1000, "unsubscribed");
    };
  }

  private final class Listener extends WebSocketListener {
    private final Events events;
    private final JsonFields fields = new JsonFields(name);
    final AtomicBoolean done = new AtomicBoolean();

    Listener(Events events) {
      this.events = events;
    }

    @Override
    public void onOpen(WebSocket socket, Response response) {
      if (!done.get() && socket.send(SUBSCRIBE)) {
        events.onOpen();
      }
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      if (done.get()) {
        return;
      }
      try {
        FinalityProof proof = parse(text);
        if (proof != null) {
          events.onProof(proof);
        }
      } catch (PeerException.BadData e) {
        fail(socket, e);
      }
    }

    @Override
    public void onMessage(WebSocket socket, ByteString bytes) {
      fail(socket, fields.bad("sent a binary message on its stream"));
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
      socket.close(1000, null);
      end(new PeerException.NoResponse(name, "closed its stream (" + code + ")", null));
    }

    @Override
    public void onFailure(WebSocket socket, Throwable t, Response response) {
      String status = response == null ? "" : " (HTTP " + response.code() + ")";
      end(new PeerException.NoResponse(name, "stream failed" + status + ": " + t, t));
    }

    private void fail(WebSocket socket, PeerException.BadData e) {
      socket.cancel();
      end(e);
    }

    private void end(PeerException failure) {
      if (done.compareAndSet(false, true)) {
        events.onFailure(failure);
      }
    }

    /** The proof of a {@code final} message; null for a message of another type. */
    private FinalityProof parse(String text) throws PeerException.BadData {
      if (text.length() > MAX_MESSAGE_CHARS) {
        throw fields.bad("sent a stream message of " + text.length() + " characters");
      }
      JsonNode node;
      try {
        node = mapper.readTree(text);
      } catch (IOException e) {
        throw fields.bad("sent a stream message that is not JSON");
      }
      if (node == null || !node.isObject()) {
        throw fields.bad("sent a stream message that is not a JSON object");
      }
      if (!"final".equals(node.path("type").asText(""))) {
        return null;
      }
      return fields.decoded(node, "proof", FinalityProof.CODEC);
    }
  }
}
