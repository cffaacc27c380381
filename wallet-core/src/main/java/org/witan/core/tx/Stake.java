package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * Locks {@code amount} of the sender's balance as stake, which carries its votes. Fields: {@code
 * Amount}.
 */
public record Stake(Amount amount) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.STAKE;
  }

  @Override
  public void writeFields(Writer w) {
    Amount.CODEC.write(w, amount);
  }

  static Stake read(Reader r) throws DecodingException {
    return new Stake(Amount.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TxCheck.positive(amount, "the amount");
  }
}
