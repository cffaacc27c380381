package org.witan.core.state;

import org.witan.core.address.Address;
import org.witan.core.codec.Codec;
import org.witan.core.value.Amount;

/** One depositor's total deposit on a proposal. Encoding: {@code Address || Amount}. */
public record ProposalDeposit(Address depositor, Amount amount) {
  public static final int SIZE = Address.SIZE + 8;

  public static final Codec<ProposalDeposit> CODEC =
      Codec.of(
          SIZE,
          (w, d) -> {
            Address.CODEC.write(w, d.depositor);
            Amount.CODEC.write(w, d.amount);
          },
          r -> new ProposalDeposit(Address.CODEC.read(r), Amount.CODEC.read(r)));
}
