package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.crypto.Hash32;

/**
 * RFC 9162 sections 2.1.1 and 2.1.3.1 written as the recursions they are, with nothing shared with
 * the code under test but SHA-256: MTH(D[n]) and PATH(m, D[n]).
 */
final class Rfc6962Reference {
  private Rfc6962Reference() {}

  static Hash32 mth(List<byte[]> d) {
    int n = d.size();
    if (n == 0) {
      return Hash32.sha256();
    }
    if (n == 1) {
      return Hash32.sha256(new byte[] {0x00}, d.get(0));
    }
    int k = largestPowerOfTwoBelow(n);
    return Hash32.sha256(
        new byte[] {0x01}, mth(d.subList(0, k)).bytes(), mth(d.subList(k, n)).bytes());
  }

  static List<Hash32> path(int m, List<byte[]> d) {
    int n = d.size();
    List<Hash32> out = new ArrayList<>();
    if (n == 1) {
      return out;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      out.addAll(path(m, d.subList(0, k)));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(path(m - k, d.subList(k, n)));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  /** The largest power of two smaller than {@code n} (n > 1). */
  private static int largestPowerOfTwoBelow(int n) {
    int k = 1;
    while (k << 1 < n) {
      k <<= 1;
    }
    return k;
  }
}
