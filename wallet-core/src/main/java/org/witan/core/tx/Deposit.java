package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * Adds to a proposal's deposit during its deposit period. Fields: {@code u63 proposalId, Amount
 * amount}.
 */
public record Deposit(long proposalId, Amount amount) implements Action {
  public Deposit {
    if (proposalId < 0) {
      throw new IllegalArgumentException("a proposal id is not negative");
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.DEPOSIT;
  }

  @Override
  public void writeFields(Writer w) {
    w.u64(proposalId);
    Amount.CODEC.write(w, amount);
  }

  static Deposit read(Reader r) throws DecodingException {
    return new Deposit(r.u63(), Amount.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TxCheck.positive(amount, "a deposit");
  }
}
