package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Height;

/**
 * Shows that the sender's super node follows the chain: the id of a recent block it holds. The
 * state machine accepts only a block of the canonical chain within the heartbeat window. Fields:
 * {@code Height height, Hash32 blockId}.
 */
public record SuperNodeHeartbeat(Height height, Hash32 blockId) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.SUPER_NODE_HEARTBEAT;
  }

  @Override
  public void writeFields(Writer w) {
    Height.CODEC.write(w, height);
    Hash32.CODEC.write(w, blockId);
  }

  static SuperNodeHeartbeat read(Reader r) throws DecodingException {
    return new SuperNodeHeartbeat(Height.CODEC.read(r), Hash32.CODEC.read(r));
  }
}
