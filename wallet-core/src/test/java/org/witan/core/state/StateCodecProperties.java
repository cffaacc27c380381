package org.witan.core.state;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.witan.core.codec.Codec;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.StateFixtures;

/**
 * Untrusted bytes in every state codec (a light client decodes what peers prove): mutated and
 * truncated golden values, and random bytes, are rejected with a decoding exception or decode to a
 * value that re-encodes to exactly the input. Nothing else escapes.
 */
class StateCodecProperties {
  private static final List<Sample<?>> SAMPLES =
      List.of(
          new Sample<>(AccountState.CODEC, StateFixtures.account()),
          new Sample<>(AccountState.CODEC, StateFixtures.follower()),
          new Sample<>(TeamState.CODEC, StateFixtures.team()),
          new Sample<>(ProxyState.CODEC, StateFixtures.proxy()),
          new Sample<>(SuperNodeState.CODEC, StateFixtures.superNode()),
          new Sample<>(ProposalState.CODEC, StateFixtures.proposal()),
          new Sample<>(ProposalVote.CODEC, StateFixtures.proposalVote()),
          new Sample<>(SuperNodeVote.CODEC, StateFixtures.superNodeVote()),
          new Sample<>(Globals.CODEC, StateFixtures.globals()));

  record Sample<T>(Codec<T> codec, T value) {
    byte[] encoded() {
      return codec.encode(value);
    }

    void check(byte[] input) {
      CodecAssertions.assertRejectedOrCanonical(codec, input);
    }
  }

  @Provide
  Arbitrary<Integer> samples() {
    return Arbitraries.integers().between(0, SAMPLES.size() - 1);
  }

  @Property(tries = 600)
  void mutatedRecordsAreRejectedOrCanonical(
      @ForAll("samples") int which, @ForAll int position, @ForAll byte value) {
    Sample<?> sample = SAMPLES.get(which);
    byte[] bytes = sample.encoded();
    bytes[Math.floorMod(position, bytes.length)] = value;
    sample.check(bytes);
  }

  @Property(tries = 300)
  void truncatedRecordsAreRejected(@ForAll("samples") int which, @ForAll int cut) {
    Sample<?> sample = SAMPLES.get(which);
    byte[] bytes = sample.encoded();
    byte[] shorter = java.util.Arrays.copyOf(bytes, Math.floorMod(cut, bytes.length));
    CodecAssertions.assertRejected(sample.codec(), shorter);
  }

  @Property(tries = 300)
  void randomBytesAreRejectedOrCanonical(@ForAll("samples") int which, @ForAll byte[] bytes) {
    SAMPLES.get(which).check(bytes);
  }
}
