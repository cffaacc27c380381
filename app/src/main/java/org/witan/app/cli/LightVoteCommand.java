package org.witan.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.chain.Genesis;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Action;
import org.witan.core.tx.VoteForTeams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code witan light vote}: a producer vote signed from the vault, tracked to proven finality. */
@Command(
    name = "vote",
    mixinStandardHelpOptions = true,
    description = "Vote with a vault account's stake for producer teams; wait until it is final.")
final class LightVoteCommand extends LightTxCommand {
  @Option(
      names = "--team",
      required = true,
      paramLabel = "ID",
      description = "A team to vote for (repeat, up to " + VoteForTeams.MAX_TEAMS + ").")
  List<Long> teams = new ArrayList<>();

  LightVoteCommand(CliContext context) {
    super(context);
  }

  @Override
  Action action(Genesis genesis) throws InputException {
    try {
      return new VoteForTeams(teams.stream().map(TeamId::of).toList());
    } catch (IllegalArgumentException e) {
      throw new InputException("--team: " + e.getMessage());
    }
  }

  @Override
  String describe(Genesis genesis) {
    return "Vote          for teams " + teams;
  }
}
