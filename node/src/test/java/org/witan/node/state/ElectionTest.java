package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Stake;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;

/** Elections at the end of each epoch (docs/protocol.md 10.2). */
class ElectionTest {
  private final TestChain chain = TestChain.standard();

  private static VoteForTeams vote(long... teams) {
    return new VoteForTeams(java.util.Arrays.stream(teams).mapToObj(TeamId::of).toList());
  }

  private static List<Long> teams(ProducerSet set) {
    return set.producers().stream().map(p -> p.team().value()).toList();
  }

  @Test
  void theTopTeamsByWeightFormTheNextSetInRankOrderTiesToTheLowerId() {
    chain.block(
        chain.tx(user(0), new Stake(Amount.ofWit(1_000))),
        chain.tx(user(0), vote(6)),
        chain.tx(user(1), new Stake(Amount.ofWit(500))),
        chain.tx(user(1), vote(5, 6)),
        chain.tx(user(2), new Stake(Amount.ofWit(500))),
        chain.tx(user(2), vote(3)));
    chain.advanceTo(19);
    assertEquals(Optional.empty(), chain.last.nextSet(), "no election before the epoch ends");
    chain.advanceTo(20);
    ProducerSet next = chain.last.nextSet().orElseThrow();
    // 6 (1,500), then 3 and 5 (500 each: 3 has the lower id), then 1 (0, the lowest id of the
    // rest).
    assertEquals(List.of(6L, 3L, 5L, 1L), teams(next));
    assertEquals(1, next.generation());
    assertEquals(1, chain.globals().latestGeneration());
    assertEquals(Optional.of(next), chain.reader.producerSet(chain.root, 1));
    assertEquals(chain.team(6).keys().producer(TeamId.of(6)), next.get(0));
  }

  @Test
  void anUnchangedSetIsNotAnnouncedAgain() {
    chain.advanceTo(20);
    assertEquals(Optional.empty(), chain.last.nextSet(), "the genesis set is re-elected");
    chain.block(chain.tx(user(0), new Stake(Amount.ofWit(10))), chain.tx(user(0), vote(6)));
    chain.advanceTo(40);
    assertEquals(List.of(6L, 1L, 2L, 3L), teams(chain.last.nextSet().orElseThrow()));
    chain.advanceTo(60);
    assertEquals(Optional.empty(), chain.last.nextSet());
    assertEquals(1, chain.globals().latestGeneration());
  }

  @Test
  void departedTeamsAreNotElected() {
    chain.block(chain.tx(TestGenesis.owner(2), new UnregisterTeam(TeamId.of(2))));
    chain.advanceTo(20);
    ProducerSet next = chain.last.nextSet().orElseThrow();
    assertEquals(List.of(1L, 3L, 4L, 5L), teams(next));
    assertTrue(next.indexOf(TeamId.of(2)).isEmpty());
  }

  @Test
  void noElectionWhileAnAnnouncedSetIsStillPending() {
    chain.activateAnnouncedSets = false;
    chain.block(chain.tx(user(0), new Stake(Amount.ofWit(1_000))), chain.tx(user(0), vote(6)));
    chain.advanceTo(20);
    ProducerSet announced = chain.pending.orElseThrow();
    assertEquals(List.of(6L, 1L, 2L, 3L), teams(announced));

    // Finality stalls for a whole epoch: generation 1 is still pending at the next epoch end, so
    // a changed ranking elects nothing (a block may not announce while a set is pending).
    chain.block(chain.tx(user(1), new Stake(Amount.ofWit(5_000))), chain.tx(user(1), vote(5)));
    chain.advanceTo(40);
    assertEquals(Optional.empty(), chain.last.nextSet());
    assertEquals(1, chain.globals().latestGeneration());

    // Once generation 1 is active, the next epoch end elects again.
    chain.active = announced;
    chain.advanceTo(60);
    ProducerSet next = chain.last.nextSet().orElseThrow();
    assertEquals(2, next.generation());
    assertEquals(List.of(5L, 6L, 1L, 2L), teams(next));
  }
}
