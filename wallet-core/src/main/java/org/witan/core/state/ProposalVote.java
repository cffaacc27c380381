package org.witan.core.state;

import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.governance.StakeChoice;
import org.witan.core.value.Amount;

/**
 * An account's vote in the stake chamber on one proposal: its choice (none for a proxy whose
 * followers voted before it did), the stake counted for that choice, and, for a proxy, the stake of
 * its followers who voted themselves and so are not counted in its vote. Encoding: {@code u8 choice
 * (255: none) || Amount weight || Amount overridden}.
 */
public record ProposalVote(Optional<StakeChoice> choice, Amount weight, Amount overridden) {
  public static final int NO_CHOICE = 255;

  public static final Codec<ProposalVote> CODEC =
      Codec.of(
          17,
          (w, v) -> {
            w.u8(v.choice.map(StakeChoice::tag).orElse(NO_CHOICE));
            Amount.CODEC.write(w, v.weight);
            Amount.CODEC.write(w, v.overridden);
          },
          ProposalVote::read);

  public ProposalVote {
    if (choice.isEmpty() && !weight.isZero()) {
      throw new IllegalArgumentException("no weight is counted without a choice");
    }
  }

  private static ProposalVote read(Reader r) throws DecodingException {
    int start = r.position();
    int tag = r.u8();
    Optional<StakeChoice> choice = Optional.empty();
    if (tag != NO_CHOICE) {
      for (StakeChoice c : StakeChoice.values()) {
        if (c.tag() == tag) {
          choice = Optional.of(c);
        }
      }
      if (choice.isEmpty()) {
        throw new DecodingException("unknown stake choice tag " + tag, start);
      }
    }
    Optional<StakeChoice> chosen = choice;
    Amount weight = Amount.CODEC.read(r);
    Amount overridden = Amount.CODEC.read(r);
    return r.build(start, () -> new ProposalVote(chosen, weight, overridden));
  }
}
