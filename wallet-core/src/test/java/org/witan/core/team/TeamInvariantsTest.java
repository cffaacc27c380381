package org.witan.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.witan.core.address.Address;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;

/**
 * Owners, partners, roles, names and ids: each broken invariant throws {@link
 * IllegalArgumentException} when built and fails to decode when written by hand.
 */
class TeamInvariantsTest {
  private final List<PublicKey> three = Fixtures.owners().keys();

  @Test
  void ownerKeysAreSortedAndDistinct() {
    List<PublicKey> reversed = List.of(three.get(2), three.get(1), three.get(0));
    List<PublicKey> twice = List.of(three.get(0), three.get(0));
    assertThrows(IllegalArgumentException.class, () -> new Owners(reversed, 1));
    assertThrows(IllegalArgumentException.class, () -> new Owners(twice, 1));
    assertThrows(IllegalArgumentException.class, () -> new Owners(List.of(), 1));
    CodecAssertions.assertRejected(Owners.CODEC, ownersBytes(reversed, 1));
    CodecAssertions.assertRejected(Owners.CODEC, ownersBytes(twice, 1));
    CodecAssertions.assertRejected(Owners.CODEC, ownersBytes(List.of(), 1));
  }

  @Test
  void atMostFifteenOwners() {
    List<PublicKey> sixteen = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      sixteen.add(Keys.labelled("owner " + i).publicKey());
    }
    sixteen.sort(null);
    assertThrows(IllegalArgumentException.class, () -> new Owners(sixteen, 1));
    CodecAssertions.assertRejected(Owners.CODEC, ownersBytes(sixteen, 1));
    assertEquals(15, new Owners(sixteen.subList(0, 15), 15).keys().size());
  }

  @Test
  void theThresholdIsOneToTheNumberOfOwners() {
    assertThrows(IllegalArgumentException.class, () -> new Owners(three, 0));
    assertThrows(IllegalArgumentException.class, () -> new Owners(three, 4));
    CodecAssertions.assertRejected(Owners.CODEC, ownersBytes(three, 0));
    CodecAssertions.assertRejected(Owners.CODEC, ownersBytes(three, 4));
    CodecAssertions.assertRejectedOrCanonical(Owners.CODEC, ownersBytes(three, 3));
  }

  @Test
  void approvalCountsOnlyOwners() {
    Owners owners = Fixtures.owners();
    PublicKey dave = Fixtures.dave().publicKey();
    PublicKey alice = Fixtures.alice().publicKey();
    assertFalse(owners.approvedBy(List.of(alice, dave)));
    assertTrue(owners.approvedBy(List.of(alice, Fixtures.carol().publicKey(), dave)));
    assertEquals(1, owners.countAmong(List.of(alice, alice, dave)));
  }

  @Test
  void aShareIsAtMostTenThousandBasisPoints() {
    Address account = Address.of(Fixtures.bob().publicKey());
    Roles seed = Roles.of(Role.BACKUP);
    assertThrows(
        IllegalArgumentException.class, () -> new Partner(account, seed, Optional.empty(), 10_001));
    assertThrows(
        IllegalArgumentException.class, () -> new Partner(account, seed, Optional.empty(), -1));
    byte[] over =
        new Writer().fixed(account.bytes()).u8(seed.mask()).u8(0).u16(10_001).toByteArray();
    CodecAssertions.assertRejected(Partner.CODEC, over);
    byte[] max =
        new Writer().fixed(account.bytes()).u8(seed.mask()).u8(0).u16(10_000).toByteArray();
    CodecAssertions.assertRejectedOrCanonical(Partner.CODEC, max);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 0x20, 0x40, 0x80, 0x3F, 0xFF})
  void rolesAreANonEmptySetOfKnownDuties(int mask) {
    assertThrows(IllegalArgumentException.class, () -> new Roles(mask));
    CodecAssertions.assertRejected(Roles.CODEC, new byte[] {(byte) mask});
  }

  @Test
  void everyKnownRoleMaskDecodes() {
    for (int mask = 1; mask <= 0x1F; mask++) {
      CodecAssertions.assertRejectedOrCanonical(Roles.CODEC, new byte[] {(byte) mask});
    }
    assertEquals(0x1F, Roles.of(Role.SIGNING, Role.values()).mask());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "Aurora",
        "1team",
        "-team",
        "team_x",
        "team x",
        "t\u00e9am",
        "abcdefghijklmnopqrstuvwxyz0123456"
      })
  void teamNamesAreThreeToThirtyTwoOfAToZDigitsAndDashes(String name) {
    assertThrows(IllegalArgumentException.class, () -> new TeamName(name));
    byte[] bytes = new Writer().bytes(name.getBytes(StandardCharsets.UTF_8)).toByteArray();
    CodecAssertions.assertRejected(TeamName.CODEC, bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "aurora-prime", "a1-", "abcdefghijklmnopqrstuvwxyz012345"})
  void validTeamNames(String name) {
    assertEquals(name, new TeamName(name).value());
  }

  @Test
  void teamIdsAreU32() {
    assertThrows(IllegalArgumentException.class, () -> TeamId.of(-1));
    assertThrows(IllegalArgumentException.class, () -> TeamId.of(TeamId.MAX + 1));
    assertEquals(TeamId.MAX, TeamId.of(TeamId.MAX).value());
  }

  private static byte[] ownersBytes(List<PublicKey> keys, int threshold) {
    Writer w = new Writer().varint(keys.size());
    keys.forEach(k -> w.fixed(k.bytes()));
    return w.u8(threshold).toByteArray();
  }
}
