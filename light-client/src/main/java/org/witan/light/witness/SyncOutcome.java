package org.witan.light.witness;

import java.util.List;
import org.witan.light.sync.LightState;

/**
 * A sync that verified and was cross-checked without conflict.
 *
 * @param state the new verified state
 * @param primary the peer it came from (empty if no peer had anything newer)
 * @param confirmedBy witnesses that answered every cross-check and agreed
 * @param unanswered witnesses asked that lacked the data or did not answer (no judgement)
 */
public record SyncOutcome(
    LightState state, String primary, List<String> confirmedBy, List<String> unanswered) {
  public SyncOutcome {
    confirmedBy = List.copyOf(confirmedBy);
    unanswered = List.copyOf(unanswered);
  }
}
