package org.witan.app.cli;

import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.tx.Action;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transfer;
import org.witan.core.value.Amount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code witan light send}: a transfer signed from the vault, tracked to proven finality. */
@Command(
    name = "send",
    mixinStandardHelpOptions = true,
    description = "Send WIT from a vault account; wait until the transfer is proven final.")
final class LightSendCommand extends LightTxCommand {
  @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "The recipient.")
  String to;

  @Option(
      names = "--amount",
      required = true,
      paramLabel = "WIT",
      description = "How much, e.g. 12.5.")
  String amount;

  private Address recipient;
  private Amount value;

  LightSendCommand(CliContext context) {
    super(context);
  }

  @Override
  Action action(Genesis genesis) throws InputException {
    recipient = light.address(to, genesis, "--to").orElseThrow();
    try {
      value = Amount.parse(amount);
    } catch (IllegalArgumentException e) {
      throw new InputException("--amount: " + e.getMessage());
    }
    try {
      return new Transfer(recipient, value, Memo.EMPTY);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
  }

  @Override
  String describe(Genesis genesis) {
    return "Transfer      " + value + " to " + recipient.toText(genesis.config().network());
  }
}
