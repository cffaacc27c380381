package org.witan.core.team;

import java.util.regex.Pattern;
import org.witan.core.codec.Codec;

/** A team's handle: 3 to 32 of {@code a-z 0-9 -}, starting with a letter. Unique on chain. */
public record TeamName(String value) {
  public static final int MAX_LENGTH = 32;
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{2,31}");

  public static final Codec<TeamName> CODEC =
      Codec.of(
          1 + MAX_LENGTH,
          (w, n) -> w.utf8(n.value),
          r -> {
            int start = r.position();
            String text = r.utf8(MAX_LENGTH);
            return r.build(start, () -> new TeamName(text));
          });

  public TeamName {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a team name is 3 to 32 of a-z, 0-9 and '-', starting with a letter: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
