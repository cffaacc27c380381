package org.witan.node.mempool;

/**
 * The pool's bounds and its replacement rule.
 *
 * @param maxCount the most transactions held
 * @param maxBytes the most encoded bytes held
 * @param maxPerSender the most nonces held per sender, counted from the sender's next nonce in the
 *     state: a transaction whose nonce is that far ahead or further is refused
 * @param replacementBumpPercent how much more (in percent of the held fee, at least one unit) a
 *     transaction must pay to replace the one held for the same sender and nonce
 */
public record MempoolConfig(
    int maxCount, long maxBytes, int maxPerSender, int replacementBumpPercent) {
  /** 10,000 transactions, 64 MiB, 16 nonces per sender, a 10 % bump to replace. */
  public static final MempoolConfig DEFAULTS = new MempoolConfig(10_000, 64L << 20, 16, 10);

  public MempoolConfig {
    if (maxCount < 1 || maxBytes < 1 || maxPerSender < 1) {
      throw new IllegalArgumentException("the pool holds at least one transaction per sender");
    }
    if (replacementBumpPercent < 0) {
      throw new IllegalArgumentException("the replacement bump is not negative");
    }
  }
}
