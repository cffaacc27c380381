package org.witan.core.finality;

import java.util.Arrays;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;

/**
 * Two different votes by the same attester key that no producer following the voting rules could
 * sign (see {@link EvidenceRules#conflict}). Invariants: same voter, different votes, {@code
 * first}'s encoding sorts before {@code second}'s.
 */
public record ConflictingVotes(Vote first, Vote second) implements Evidence {
  public ConflictingVotes {
    if (!first.voter().equals(second.voter())) {
      throw new IllegalArgumentException("conflicting votes are two votes by one key");
    }
    int order = Arrays.compareUnsigned(Vote.CODEC.encode(first), Vote.CODEC.encode(second));
    if (order == 0) {
      throw new IllegalArgumentException("the two votes are the same vote");
    }
    if (order > 0) {
      throw new IllegalArgumentException("the votes must be in canonical order");
    }
  }

  /** The two votes in canonical order. */
  public static ConflictingVotes of(Vote x, Vote y) {
    int order = Arrays.compareUnsigned(Vote.CODEC.encode(x), Vote.CODEC.encode(y));
    return order < 0 ? new ConflictingVotes(x, y) : new ConflictingVotes(y, x);
  }

  @Override
  public int tag() {
    return 1;
  }

  @Override
  public void writeItems(Writer w) {
    Vote.CODEC.write(w, first);
    Vote.CODEC.write(w, second);
  }

  static ConflictingVotes read(Reader r) throws DecodingException {
    int start = r.position();
    Vote a = Vote.CODEC.read(r);
    Vote b = Vote.CODEC.read(r);
    return r.build(start, () -> new ConflictingVotes(a, b));
  }
}
