package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.rules.Verdict;
import org.witan.core.team.KeyRole;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamName;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.Fixtures;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/**
 * The stateless rules of the team and super-node actions, one reason at a time: each case changes
 * one thing of a registration that is otherwise accepted (team "aurora", owners Alice, Bob and
 * Carol with threshold 2, sent by Alice and co-signed by Bob).
 */
class TeamActionRulesTest {
  /** Small-order points and non-canonical encodings: not keys anyone can register. */
  static final List<String> INVALID_KEYS =
      List.of(
          // the identity (order 1)
          "0100000000000000000000000000000000000000000000000000000000000000",
          // a point of order 8
          "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
          // y = p: a non-canonical encoding (of a point of order 4)
          "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
          // y = p + 1: a non-canonical encoding of the identity
          "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

  private final RegisterTeam valid = ActionFixtures.registerTeam();

  @Test
  void theRegistrationIsAcceptedAsIs() {
    assertAccepted(register(valid));
  }

  @Test
  void theInvalidKeysReallyAreInvalid() {
    for (String hex : INVALID_KEYS) {
      assertFalse(PublicKey.fromHex(hex).isValidPoint(), hex);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void everyOperationalKeyMustBeAValidPoint(int which) {
    PublicKey bad = PublicKey.fromHex(INVALID_KEYS.get(which));
    assertEquals(
        Rejection.INVALID_KEY,
        register(keys(bad, valid.standbyKey(), valid.attesterKey())).reason());
    assertEquals(
        Rejection.INVALID_KEY,
        register(keys(valid.signerKey(), Optional.of(bad), valid.attesterKey())).reason());
    assertEquals(
        Rejection.INVALID_KEY, register(keys(valid.signerKey(), valid.standbyKey(), bad)).reason());
  }

  @Test
  void operationalKeysMustDiffer() {
    PublicKey signer = valid.signerKey();
    PublicKey attester = valid.attesterKey();
    assertEquals(
        Rejection.DUPLICATE_KEY, register(keys(signer, Optional.empty(), signer)).reason());
    assertEquals(
        Rejection.DUPLICATE_KEY, register(keys(signer, Optional.of(signer), attester)).reason());
    assertEquals(
        Rejection.DUPLICATE_KEY, register(keys(signer, Optional.of(attester), attester)).reason());
    assertAccepted(register(keys(signer, Optional.empty(), attester)));
  }

  @Test
  void partnerAccountsMustBeDistinct() {
    List<Partner> p = valid.partners();
    Partner twin = new Partner(p.get(0).account(), p.get(2).roles(), Optional.empty(), 2_000);
    assertEquals(
        Rejection.DUPLICATE_PARTNER, register(partners(p.get(0), p.get(1), twin)).reason());
  }

  @Test
  void sharesMustSumToExactlyTenThousand() {
    List<Partner> p = valid.partners();
    assertEquals(
        Rejection.SHARES_NOT_WHOLE,
        register(partners(p.get(0), p.get(1), share(p.get(2), 1_999))).reason());
    assertEquals(
        Rejection.SHARES_NOT_WHOLE,
        register(partners(p.get(0), p.get(1), share(p.get(2), 2_001))).reason());
  }

  @Test
  void everyRequiredDutyMustBeCovered() {
    Address a = Address.of(Fixtures.alice().publicKey());
    Address b = Address.of(Fixtures.bob().publicKey());
    Optional<Endpoint> e = Optional.of(Fixtures.endpoint());
    Partner seed = new Partner(b, Roles.of(Role.SEED), e, 5_000);
    assertEquals(
        Rejection.MISSING_ROLE,
        register(partners(new Partner(a, Roles.of(Role.ATTESTING), e, 5_000), seed)).reason());
    assertEquals(
        Rejection.MISSING_ROLE,
        register(partners(new Partner(a, Roles.of(Role.SIGNING), e, 5_000), seed)).reason());
    assertEquals(
        Rejection.MISSING_ROLE,
        register(
                partners(
                    new Partner(a, Roles.of(Role.SIGNING, Role.ATTESTING), e, 5_000),
                    new Partner(b, Roles.of(Role.STORAGE), e, 5_000)))
            .reason());
    assertAccepted(
        register(
            partners(
                new Partner(a, Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED), e, 10_000))));
  }

  @Test
  void seedAndStoragePartnersMustPublishAnEndpoint() {
    List<Partner> p = valid.partners();
    Partner seedWithout =
        new Partner(p.get(1).account(), Roles.of(Role.SEED), Optional.empty(), 3_000);
    Partner storageWithout =
        new Partner(p.get(2).account(), Roles.of(Role.STORAGE), Optional.empty(), 2_000);
    assertEquals(
        Rejection.ENDPOINT_REQUIRED, register(partners(p.get(0), seedWithout, p.get(2))).reason());
    assertEquals(
        Rejection.ENDPOINT_REQUIRED,
        register(partners(p.get(0), p.get(1), storageWithout)).reason());
    assertEquals(
        Rejection.ENDPOINT_REQUIRED,
        check(new ReplacePartner(Fixtures.AURORA, 2, storageWithout)).reason());
    assertAccepted(check(new ReplacePartner(Fixtures.AURORA, 1, p.get(1))));
  }

  @Test
  void commissionIsAtMostTenThousandBasisPoints() {
    assertAccepted(register(commission(10_000)));
    assertEquals(Rejection.COMMISSION_TOO_HIGH, register(commission(10_001)).reason());
    assertEquals(Rejection.COMMISSION_TOO_HIGH, register(commission(0xFFFF)).reason());
    assertAccepted(check(new SetCommission(Fixtures.AURORA, 10_000)));
    assertAccepted(check(new SetCommission(Fixtures.AURORA, 0)));
    assertEquals(
        Rejection.COMMISSION_TOO_HIGH, check(new SetCommission(Fixtures.AURORA, 10_001)).reason());
  }

  @Test
  void theSelfBondMustBePositive() {
    RegisterTeam noBond =
        new RegisterTeam(
            valid.name(),
            valid.owners(),
            valid.signerKey(),
            valid.standbyKey(),
            valid.attesterKey(),
            valid.partners(),
            valid.commissionBps(),
            Amount.ZERO);
    assertEquals(Rejection.ZERO_AMOUNT, register(noBond).reason());
  }

  @Test
  void registrationNeedsTheOwnersThreshold() {
    assertEquals(Rejection.NOT_ENOUGH_OWNERS, checkSignedBy(valid).reason());
    assertEquals(Rejection.NOT_ENOUGH_OWNERS, checkSignedBy(valid, Fixtures.dave()).reason());
    assertAccepted(checkSignedBy(valid, Fixtures.carol()));
    assertAccepted(checkSignedBy(valid, Fixtures.bob(), Fixtures.carol()));
    RegisterTeam allThree = owners(new Owners(valid.owners().keys(), 3));
    assertEquals(Rejection.NOT_ENOUGH_OWNERS, checkSignedBy(allThree, Fixtures.bob()).reason());
    assertAccepted(checkSignedBy(allThree, Fixtures.bob(), Fixtures.carol()));
  }

  @Test
  void theSenderNeedNotBeAnOwner() {
    List<PublicKey> bobAndCarol =
        List.of(Fixtures.bob().publicKey(), Fixtures.carol().publicKey()).stream()
            .sorted()
            .toList();
    RegisterTeam others = owners(new Owners(bobAndCarol, 2));
    assertEquals(Rejection.NOT_ENOUGH_OWNERS, checkSignedBy(others, Fixtures.bob()).reason());
    assertAccepted(checkSignedBy(others, Fixtures.bob(), Fixtures.carol()));
  }

  @Test
  void anUpdateNeedsTheNewOwnersThreshold() {
    UpdateTeam update =
        new UpdateTeam(Fixtures.AURORA, new TeamName("aurora"), ActionFixtures.newOwners());
    assertEquals(Rejection.NOT_ENOUGH_OWNERS, checkSignedBy(update).reason());
    assertEquals(Rejection.NOT_ENOUGH_OWNERS, checkSignedBy(update, Fixtures.carol()).reason());
    assertAccepted(checkSignedBy(update, Fixtures.dave()));
    assertAccepted(checkSignedBy(update, Fixtures.bob(), Fixtures.dave()));
  }

  @Test
  void aRotatedKeyMustBeAValidPoint() {
    for (String hex : INVALID_KEYS) {
      for (KeyRole role : KeyRole.values()) {
        RotateKey rotation =
            new RotateKey(Fixtures.AURORA, role, Optional.of(PublicKey.fromHex(hex)));
        assertEquals(Rejection.INVALID_KEY, check(rotation).reason(), role + " " + hex);
      }
    }
    assertAccepted(check(new RotateKey(Fixtures.AURORA, KeyRole.STANDBY, Optional.empty())));
    assertAccepted(
        check(
            new RotateKey(
                Fixtures.AURORA, KeyRole.SIGNER, Optional.of(Fixtures.rotatedKey().publicKey()))));
  }

  @Test
  void aSuperNodeKeyMustBeAValidPoint() {
    Endpoint endpoint = Endpoint.of("https://node.alice.example:8443");
    for (String hex : INVALID_KEYS) {
      assertEquals(
          Rejection.INVALID_KEY,
          check(new RegisterSuperNode(endpoint, PublicKey.fromHex(hex))).reason());
    }
    assertAccepted(check(new RegisterSuperNode(endpoint, Fixtures.superNodeKey().publicKey())));
  }

  private RegisterTeam keys(PublicKey signer, Optional<PublicKey> standby, PublicKey attester) {
    return new RegisterTeam(
        valid.name(),
        valid.owners(),
        signer,
        standby,
        attester,
        valid.partners(),
        valid.commissionBps(),
        valid.selfBond());
  }

  private RegisterTeam partners(Partner... partners) {
    return new RegisterTeam(
        valid.name(),
        valid.owners(),
        valid.signerKey(),
        valid.standbyKey(),
        valid.attesterKey(),
        List.of(partners),
        valid.commissionBps(),
        valid.selfBond());
  }

  private RegisterTeam commission(int bps) {
    return new RegisterTeam(
        valid.name(),
        valid.owners(),
        valid.signerKey(),
        valid.standbyKey(),
        valid.attesterKey(),
        valid.partners(),
        bps,
        valid.selfBond());
  }

  private RegisterTeam owners(Owners owners) {
    return new RegisterTeam(
        valid.name(),
        owners,
        valid.signerKey(),
        valid.standbyKey(),
        valid.attesterKey(),
        valid.partners(),
        valid.commissionBps(),
        valid.selfBond());
  }

  private static Partner share(Partner p, int bps) {
    return new Partner(p.account(), p.roles(), p.endpoint(), bps);
  }

  /** Alice sends, Bob co-signs: two of the three owners. */
  private static Verdict<Rejection> register(RegisterTeam team) {
    return checkSignedBy(team, Fixtures.bob());
  }

  private static Verdict<Rejection> check(Action action) {
    return checkSignedBy(action);
  }

  private static Verdict<Rejection> checkSignedBy(Action action, SigningKey... cosigners) {
    return TransactionRules.checkStateless(
        ActionFixtures.signedByAlice(action, cosigners), Fixtures.CHAIN);
  }

  private static void assertAccepted(Verdict<Rejection> verdict) {
    assertTrue(verdict.isAccepted(), verdict::toString);
  }
}
