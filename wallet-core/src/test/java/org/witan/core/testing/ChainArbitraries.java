package org.witan.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * Arbitraries for producers, producer sets, headers and blocks. Headers carry random signatures;
 * use {@link SigningSet} where a header or a certificate must verify.
 */
public final class ChainArbitraries {
  private ChainArbitraries() {}

  public static Arbitrary<Producer> producers() {
    return Combinators.combine(
            TeamArbitraries.teamIds(),
            CoreArbitraries.publicKeys(),
            CoreArbitraries.publicKeys().optional(0.5),
            CoreArbitraries.publicKeys())
        .as(Producer::new);
  }

  /** Sets of 1 to {@code maxSize} producers with distinct teams and keys. */
  public static Arbitrary<ProducerSet> producerSets(int maxSize) {
    return Arbitraries.integers()
        .between(1, maxSize)
        .flatMap(
            n ->
                Combinators.combine(
                        CoreArbitraries.u63(),
                        TeamArbitraries.teamIds().list().ofSize(n).uniqueElements(),
                        CoreArbitraries.publicKeys().list().ofSize(3 * n).uniqueElements(),
                        Arbitraries.of(true, false).list().ofSize(n))
                    .as(ChainArbitraries::producerSet));
  }

  /** Sets of 1 to 255 producers, small ones likelier. */
  public static Arbitrary<ProducerSet> producerSets() {
    return Arbitraries.oneOf(List.of(producerSets(8), producerSets(ProducerSet.MAX_PRODUCERS)));
  }

  private static ProducerSet producerSet(
      long generation, List<TeamId> teams, List<PublicKey> keys, List<Boolean> standby) {
    List<Producer> producers = new ArrayList<>(teams.size());
    for (int i = 0; i < teams.size(); i++) {
      Optional<PublicKey> standbyKey =
          standby.get(i) ? Optional.of(keys.get(3 * i + 2)) : Optional.empty();
      producers.add(new Producer(teams.get(i), keys.get(3 * i), standbyKey, keys.get(3 * i + 1)));
    }
    return new ProducerSet(generation, producers);
  }

  public static Arbitrary<QcClaim> qcClaims() {
    return Combinators.combine(
            CoreArbitraries.heights(),
            CoreArbitraries.slots(),
            CoreArbitraries.hashes(),
            Arbitraries.of(true, false))
        .as(QcClaim::new);
  }

  /**
   * Header bodies of version 1 whose claim is below their height (any claim at genesis) and at or
   * before their slot.
   */
  public static Arbitrary<HeaderBody> headerBodies() {
    return Combinators.combine(places(), rests()).as(ChainArbitraries::body);
  }

  /** Two header bodies of one producer, slot and height that differ in everything else. */
  public static Arbitrary<Tuple2<HeaderBody, HeaderBody>> rivalHeaderBodies() {
    return Combinators.combine(places(), rests(), rests())
        .as((place, a, b) -> Tuple.of(body(place, a), body(place, b)))
        .filter(pair -> !pair.get1().equals(pair.get2()));
  }

  private static Arbitrary<Place> places() {
    return Combinators.combine(
            TeamArbitraries.teamIds(), CoreArbitraries.slots(), CoreArbitraries.heights())
        .as(Place::new);
  }

  private static Arbitrary<Rest> rests() {
    Arbitrary<Long> any = Arbitraries.longs().between(0, Long.MAX_VALUE);
    return Combinators.combine(
            any,
            any,
            Arbitraries.of(true, false),
            CoreArbitraries.hashes().list().ofSize(6),
            CoreArbitraries.u63())
        .as(Rest::new);
  }

  private static HeaderBody body(Place place, Rest rest) {
    List<Hash32> h = rest.hashes();
    return new HeaderBody(
        HeaderBody.VERSION,
        place.height(),
        place.slot(),
        h.get(0),
        place.producer(),
        h.get(1),
        0,
        h.get(2),
        h.get(3),
        rest.generation(),
        h.get(4),
        h.get(5),
        new QcClaim(
            below(rest.claimHeight(), place.height()),
            FinalityArbitraries.atOrBefore(rest.claimSlot(), place.slot()),
            h.get(0),
            rest.strong()));
  }

  /** A height below {@code height} picked by {@code random}; any height at genesis. */
  private static Height below(long random, Height height) {
    return height.isGenesis() ? Height.of(random) : Height.of(random % height.value());
  }

  /** Who produced a header, where. */
  private record Place(TeamId producer, Slot slot, Height height) {}

  /** The rest of a header body; claim height and slot are reduced to fit the place. */
  private record Rest(
      long claimHeight, long claimSlot, boolean strong, List<Hash32> hashes, long generation) {}

  public static Arbitrary<BlockHeader> blockHeaders() {
    return Combinators.combine(headerBodies(), CoreArbitraries.signatures()).as(BlockHeader::new);
  }

  /**
   * Blocks with 0 to 3 transactions (random signatures), 0 to 2 certificates and an optional next
   * set of up to 8 producers, so that whole-encoding properties stay fast.
   */
  public static Arbitrary<Block> blocks() {
    return Combinators.combine(
            blockHeaders(),
            TxArbitraries.transactions().list().ofMaxSize(3),
            FinalityArbitraries.quorumCertificates().list().ofMaxSize(Block.MAX_CERTIFICATES),
            producerSets(8).optional(0.3))
        .as(Block::new);
  }
}
