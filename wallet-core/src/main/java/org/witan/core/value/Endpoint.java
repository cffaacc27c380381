package org.witan.core.value;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.witan.core.codec.Codec;

/**
 * A network endpoint published on chain (a team's seed or storage node, a super node, a proxy's
 * opinion statement): an absolute {@code http} or {@code https} URL of at most 256 printable ASCII
 * characters, with a host and no user information or fragment. It comes from other people: the UI
 * shows it as untrusted text.
 */
public final class Endpoint {
  public static final int MAX_LENGTH = 256;

  public static final Codec<Endpoint> CODEC =
      Codec.of(
          2 + MAX_LENGTH,
          (w, e) -> w.utf8(e.url),
          r -> {
            int start = r.position();
            String text = r.utf8(MAX_LENGTH);
            return r.build(start, () -> of(text));
          });

  private final String url;

  private Endpoint(String url) {
    this.url = url;
  }

  public static Endpoint of(String url) {
    if (url.isEmpty() || url.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("an endpoint URL has 1 to 256 characters");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c >= 0x7F) {
        throw new IllegalArgumentException("an endpoint URL is printable ASCII without spaces");
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("an endpoint URL starts with http:// or https://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "an endpoint URL names a host, with no user name or fragment");
    }
    return new Endpoint(url);
  }

  public String url() {
    return url;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Endpoint that && url.equals(that.url);
  }

  @Override
  public int hashCode() {
    return url.hashCode();
  }

  @Override
  public String toString() {
    return url;
  }
}
