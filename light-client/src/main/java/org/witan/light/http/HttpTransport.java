package org.witan.light.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.witan.core.address.Network;

/**
 * The one HTTP client a process uses for all its peers: one connection pool, one dispatcher, the
 * timeouts of {@link HttpLimits}. Redirects are not followed (a peer must not send the client to
 * another host). Thread-safe; {@link #close()} ends the pool and the dispatcher's threads.
 */
public final class HttpTransport implements AutoCloseable {
  private final OkHttpClient client;
  private final HttpLimits limits;
  private final ObjectMapper mapper;

  public HttpTransport(HttpLimits limits) {
    this(limits, List.of());
  }

  /**
   * A transport whose every exchange also passes through {@code networkInterceptors} (OkHttp
   * network interceptors: they see the bytes on the wire; benchmarks count them).
   */
  public HttpTransport(HttpLimits limits, List<Interceptor> networkInterceptors) {
    this.limits = limits;
    this.mapper = HttpExchange.strictMapper(limits);
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    networkInterceptors.forEach(builder::addNetworkInterceptor);
    this.client =
        builder
            .connectTimeout(limits.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(limits.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
  }

  public HttpLimits limits() {
    return limits;
  }

  /**
   * A peer at {@code base} (for example {@code http://203.0.113.5:7070}), sharing this transport.
   *
   * @param network the network whose bech32m prefix account queries use
   * @throws IllegalArgumentException if {@code base} is not an http or https URL with a host
   */
  public HttpChainSource peer(URI base, Network network) {
    HttpUrl url = HttpUrl.parse(base.toString());
    if (url == null || base.getRawUserInfo() != null || base.getRawQuery() != null) {
      throw new IllegalArgumentException(
          "a peer is an http or https URL without credentials or query: " + base);
    }
    return new HttpChainSource(new HttpExchange(client, mapper, limits, url), network, limits);
  }

  /**
   * The finality stream of the peer at {@code base}, on this transport's connection pool, with a
   * ping every read timeout and no read or call timeout (a stream is quiet between blocks).
   *
   * @throws IllegalArgumentException if {@code base} is not an http or https URL with a host
   */
  public HttpFinalityStream finalityStream(URI base) {
    HttpUrl url = HttpUrl.parse(base.toString());
    if (url == null || base.getRawUserInfo() != null || base.getRawQuery() != null) {
      throw new IllegalArgumentException(
          "a peer is an http or https URL without credentials or query: " + base);
    }
    OkHttpClient streaming =
        client
            .newBuilder()
            .readTimeout(0, TimeUnit.MILLISECONDS)
            .callTimeout(0, TimeUnit.MILLISECONDS)
            .pingInterval(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
    return new HttpFinalityStream(streaming, mapper, url);
  }

  /** Closes idle connections and stops the dispatcher's threads. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
