package org.witan.core.tx;

import org.witan.core.address.Address;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * Delegates the sender's votes to a registered proxy (one level: a proxy cannot itself follow a
 * proxy), replacing any direct votes. Fields: {@code Address}.
 */
public record SetProxy(Address proxy) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.SET_PROXY;
  }

  @Override
  public void writeFields(Writer w) {
    Address.CODEC.write(w, proxy);
  }

  static SetProxy read(Reader r) throws DecodingException {
    return new SetProxy(Address.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return proxy.equals(Address.of(body.sender()))
        ? TxCheck.fail(Rejection.SELF_PROXY, "an account cannot be its own proxy")
        : TxCheck.ok();
  }
}
