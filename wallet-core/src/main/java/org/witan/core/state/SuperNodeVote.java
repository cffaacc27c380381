package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.governance.SuperNodeChoice;

/** A super node's vote on one proposal. Encoding: {@code u8 choice}. */
public record SuperNodeVote(SuperNodeChoice choice) {
  public static final Codec<SuperNodeVote> CODEC =
      Codec.of(
          1,
          (w, v) -> w.u8(v.choice.tag()),
          r -> new SuperNodeVote(r.tagged(SuperNodeChoice.values(), "super-node choice")));
}
