package org.witan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/** Deterministic inputs shared by the benchmarks. */
final class Fixtures {
  static final ChainId CHAIN = ChainId.of("witan-bench");

  private Fixtures() {}

  static SigningKey key(int seed) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) seed);
    bytes[0] = (byte) (seed >>> 8);
    return SigningKey.fromSeed(bytes);
  }

  static Hash32 hash(int i) {
    return Hash32.sha256(new byte[] {(byte) i, (byte) (i >>> 8), (byte) (i >>> 16)});
  }

  /** A set of {@code n} producers; attester keys are {@code key(1000 + i)}. */
  static ProducerSet producerSet(int n, long generation) {
    List<Producer> producers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      producers.add(
          new Producer(
              TeamId.of(i + 1),
              key(2000 + i).publicKey(),
              Optional.empty(),
              key(1000 + i).publicKey()));
    }
    return new ProducerSet(generation, producers);
  }

  static HeaderBody headerBody(long height) {
    ProducerSet set = producerSet(21, 1);
    return new HeaderBody(
        HeaderBody.VERSION,
        Height.of(height),
        Slot.of(height + 3),
        hash(1),
        TeamId.of(1),
        hash(2),
        0,
        hash(3),
        hash(4),
        1,
        set.hash(CHAIN),
        set.hash(CHAIN),
        new QcClaim(Height.of(height - 1), Slot.of(height + 2), hash(1), true));
  }

  static BlockHeader header(long height) {
    return BlockHeader.sign(headerBody(height), CHAIN, key(2000));
  }

  /** A strong certificate by the first {@code signers} producers of {@code set}. */
  static QuorumCertificate certificate(ProducerSet set, BlockHeader header, int signers) {
    VoteTarget target = VoteTarget.of(header, CHAIN);
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < signers; i++) {
      votes.add(Vote.sign(target, true, key(1000 + i), CHAIN));
    }
    return QuorumCertificate.fromVotes(target, set, votes);
  }
}
