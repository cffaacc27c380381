package org.witan.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.witan.core.codec.Writer;
import org.witan.core.testing.CodecAssertions;

/**
 * Endpoints published on chain: absolute http(s) URLs with a host, printable ASCII, 256 at most.
 */
class EndpointTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://a.example",
        "https://seed.aurora.example:9443/witan",
        "HTTPS://Seed.Example/Path?q=1",
        "http://192.0.2.7:8080",
        "http://[2001:db8::1]:8443/"
      })
  void validEndpointsRoundTrip(String url) throws Exception {
    Endpoint endpoint = Endpoint.of(url);
    assertEquals(url, endpoint.url());
    assertEquals(endpoint, Endpoint.CODEC.decode(Endpoint.CODEC.encode(endpoint)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "seed.example",
        "//seed.example/path",
        "ftp://seed.example",
        "mailto:ops@seed.example",
        "http://",
        "http:///path",
        "http://user@seed.example",
        "http://seed.example/#top",
        "http://seed example",
        "http://seed.example/\u00e9",
        "http://b\u00fccher.example",
        "http://seed.example/\ttab",
        "http://seed.example/%zz"
      })
  void otherTextIsRefused(String url) {
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(url));
    byte[] bytes = new Writer().bytes(url.getBytes(StandardCharsets.UTF_8)).toByteArray();
    CodecAssertions.assertRejected(Endpoint.CODEC, bytes);
  }

  @Test
  void atMost256Characters() {
    String base = "https://seed.example/";
    String max = base + "a".repeat(Endpoint.MAX_LENGTH - base.length());
    assertEquals(Endpoint.MAX_LENGTH, Endpoint.of(max).url().length());
    String over = max + "a";
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(over));
    byte[] bytes = new Writer().bytes(over.getBytes(StandardCharsets.US_ASCII)).toByteArray();
    CodecAssertions.assertRejected(Endpoint.CODEC, bytes);
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = new Writer().bytes(new byte[] {'h', 't', (byte) 0xC3}).toByteArray();
    CodecAssertions.assertRejected(Endpoint.CODEC, bytes);
  }
}
