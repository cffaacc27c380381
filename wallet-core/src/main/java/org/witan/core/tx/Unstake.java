package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * Starts unbonding {@code amount} of stake; it can be withdrawn after the unbonding period. Fields:
 * {@code Amount}.
 */
public record Unstake(Amount amount) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.UNSTAKE;
  }

  @Override
  public void writeFields(Writer w) {
    Amount.CODEC.write(w, amount);
  }

  static Unstake read(Reader r) throws DecodingException {
    return new Unstake(Amount.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TxCheck.positive(amount, "the amount");
  }
}
