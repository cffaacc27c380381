package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Endpoint;

/**
 * Registers the sender as a proxy, or updates its opinion statement: where its published reasons
 * for voting live, and the SHA-256 of that document so followers can tell when it changes. Fields:
 * {@code Endpoint opinionUrl, Hash32 opinionHash}.
 */
public record RegisterProxy(Endpoint opinionUrl, Hash32 opinionHash) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.REGISTER_PROXY;
  }

  @Override
  public void writeFields(Writer w) {
    Endpoint.CODEC.write(w, opinionUrl);
    Hash32.CODEC.write(w, opinionHash);
  }

  static RegisterProxy read(Reader r) throws DecodingException {
    return new RegisterProxy(Endpoint.CODEC.read(r), Hash32.CODEC.read(r));
  }
}
