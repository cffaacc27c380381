package org.witan.core.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Signature;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;

/**
 * A header against the set it names: block 118,234 at slot 240,000 is team 7's (position 0 of
 * generation 3, two slots per turn), and team 7 may sign with its signer or its standby key.
 */
class HeaderRulesTest {
  private static final ChainId CHAIN = Fixtures.CHAIN;
  private static final int TURN = Fixtures.BLOCKS_PER_TURN;

  private final SigningSet signing = Fixtures.currentSet();
  private final ProducerSet set = signing.set();

  @Test
  void acceptedWithTheSignerKey() {
    assertTrue(verify(Fixtures.header()).isAccepted());
  }

  @Test
  void acceptedWithTheStandbyKey() {
    BlockHeader byStandby = BlockHeader.sign(Fixtures.headerBody(), CHAIN, signing.standby(0));
    assertTrue(verify(byStandby).isAccepted());
  }

  @Test
  void anotherGenerationIsRejected() {
    assertEquals(
        HeaderFault.WRONG_GENERATION,
        HeaderRules.verify(Fixtures.header(), Fixtures.nextSet().set(), TURN, CHAIN).reason());
  }

  @Test
  void anotherSetOfTheSameGenerationIsRejected() {
    ProducerSet impostor = SigningSet.ofSize(4, set.generation()).set();
    assertEquals(
        HeaderFault.WRONG_SET_HASH,
        HeaderRules.verify(Fixtures.header(), impostor, TURN, CHAIN).reason());
  }

  @Test
  void theSetHashIsChainSpecific() {
    assertEquals(
        HeaderFault.WRONG_SET_HASH,
        HeaderRules.verify(Fixtures.header(), set, TURN, ChainId.of("witan-other")).reason());
  }

  @Test
  void aTeamOutOfTurnIsRejected() {
    // Team 12 (position 1) signs for slot 240,000, which is team 7's.
    HeaderBody body =
        HeaderBodies.withPlace(Fixtures.headerBody(), TeamId.of(12), Slot.of(240_000));
    assertEquals(HeaderFault.NOT_SCHEDULED, verify(signing.sign(body, 1, CHAIN)).reason());
    // Team 7 signs for slot 240,002, which is team 12's.
    HeaderBody late =
        HeaderBodies.withPlace(Fixtures.headerBody(), Fixtures.AURORA, Slot.of(240_002));
    assertEquals(HeaderFault.NOT_SCHEDULED, verify(signing.sign(late, 0, CHAIN)).reason());
    // With twelve blocks per turn, slot 240,012 is team 12's as well.
    HeaderBody twelve =
        HeaderBodies.withPlace(Fixtures.headerBody(), TeamId.of(12), Slot.of(240_012));
    assertTrue(HeaderRules.verify(signing.sign(twelve, 1, CHAIN), set, 12, CHAIN).isAccepted());
    assertEquals(
        HeaderFault.NOT_SCHEDULED,
        HeaderRules.verify(signing.sign(twelve, 1, CHAIN), set, 1, CHAIN).reason());
  }

  @Test
  void otherKeysDoNotSign() {
    HeaderBody body = Fixtures.headerBody();
    assertEquals(
        HeaderFault.BAD_SIGNATURE,
        verify(BlockHeader.sign(body, CHAIN, signing.attester(0))).reason());
    assertEquals(
        HeaderFault.BAD_SIGNATURE,
        verify(BlockHeader.sign(body, CHAIN, signing.signer(1))).reason());
    assertEquals(
        HeaderFault.BAD_SIGNATURE,
        verify(BlockHeader.sign(body, CHAIN, Keys.labelled("nobody"))).reason());
  }

  @Test
  void aSignatureOverAnotherBodyOrChainIsRejected() {
    BlockHeader signed = Fixtures.header();
    HeaderBody altered = HeaderBodies.withStateRoot(signed.body(), Keys.hashOf("other state"));
    assertEquals(
        HeaderFault.BAD_SIGNATURE, verify(new BlockHeader(altered, signed.signature())).reason());
    BlockHeader otherChain =
        BlockHeader.sign(signed.body(), ChainId.of("witan-other"), signing.signer(0));
    assertEquals(HeaderFault.BAD_SIGNATURE, verify(otherChain).reason());
  }

  @Test
  void anAlteredSignatureByteIsRejected() {
    BlockHeader signed = Fixtures.header();
    for (int at : new int[] {0, 31, 32, 63}) {
      byte[] sig = signed.signature().bytes();
      sig[at] ^= 0x01;
      assertEquals(
          HeaderFault.BAD_SIGNATURE,
          verify(new BlockHeader(signed.body(), Signature.of(sig))).reason(),
          "byte " + at);
    }
  }

  private Verdict<HeaderFault> verify(BlockHeader header) {
    return HeaderRules.verify(header, set, TURN, CHAIN);
  }
}
