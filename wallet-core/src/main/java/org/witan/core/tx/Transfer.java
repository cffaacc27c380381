package org.witan.core.tx;

import org.witan.core.address.Address;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/** Moves {@code amount} from the sender to {@code to}. Fields: {@code Address, Amount, Memo}. */
public record Transfer(Address to, Amount amount, Memo memo) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.TRANSFER;
  }

  @Override
  public void writeFields(Writer w) {
    Address.CODEC.write(w, to);
    Amount.CODEC.write(w, amount);
    Memo.CODEC.write(w, memo);
  }

  static Transfer read(Reader r) throws DecodingException {
    return new Transfer(Address.CODEC.read(r), Amount.CODEC.read(r), Memo.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TxCheck.positive(amount, "a transfer");
  }
}
