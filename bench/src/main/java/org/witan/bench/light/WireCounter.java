package org.witan.bench.light;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * An OkHttp network interceptor that counts what crosses the wire: request and response header
 * bytes (as OkHttp sends and receives them, status lines approximated) and response body bytes
 * before any decompression.
 */
final class WireCounter implements Interceptor {
  final AtomicLong requests = new AtomicLong();
  final AtomicLong headerBytes = new AtomicLong();
  final AtomicLong bodyBytes = new AtomicLong();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    requests.incrementAndGet();
    headerBytes.addAndGet(
        request.method().length()
            + request.url().encodedPath().length()
            + 12
            + request.headers().byteCount());
    Response response = chain.proceed(request);
    headerBytes.addAndGet(15 + response.message().length() + response.headers().byteCount());
    ResponseBody body = response.body();
    BufferedSource counted =
        Okio.buffer(
            new ForwardingSource(body.source()) {
              @Override
              public long read(Buffer sink, long byteCount) throws IOException {
                long n = super.read(sink, byteCount);
                if (n > 0) {
                  bodyBytes.addAndGet(n);
                }
                return n;
              }
            });
    return response
        .newBuilder()
        .body(ResponseBody.create(counted, body.contentType(), body.contentLength()))
        .build();
  }

  long total() {
    return headerBytes.get() + bodyBytes.get();
  }

  void reset() {
    requests.set(0);
    headerBytes.set(0);
    bodyBytes.set(0);
  }
}
