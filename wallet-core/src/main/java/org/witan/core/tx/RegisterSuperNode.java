package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;

/**
 * Takes a super-node seat: locks the fixed collateral from the sender's balance and publishes the
 * node's serving endpoint and key. Fields: {@code Endpoint endpoint, PublicKey nodeKey}.
 */
public record RegisterSuperNode(Endpoint endpoint, PublicKey nodeKey) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.REGISTER_SUPER_NODE;
  }

  @Override
  public void writeFields(Writer w) {
    Endpoint.CODEC.write(w, endpoint);
    PublicKey.CODEC.write(w, nodeKey);
  }

  static RegisterSuperNode read(Reader r) throws DecodingException {
    return new RegisterSuperNode(Endpoint.CODEC.read(r), PublicKey.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TeamRules.validKey(nodeKey, "the node key");
  }
}
