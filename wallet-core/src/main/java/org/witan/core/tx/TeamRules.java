package org.witan.core.tx;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.rules.Verdict;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;

/** Stateless rules shared by the team actions. */
public final class TeamRules {
  /** Every team needs someone to sign blocks, attest, and run a seed node. */
  static final List<Role> REQUIRED_ROLES = List.of(Role.SIGNING, Role.ATTESTING, Role.SEED);

  private TeamRules() {}

  static Verdict<Rejection> commission(int commissionBps) {
    return commissionBps > 10_000
        ? TxCheck.fail(
            Rejection.COMMISSION_TOO_HIGH,
            "commission is at most 10,000 basis points, not " + commissionBps)
        : TxCheck.ok();
  }

  static Verdict<Rejection> validKey(PublicKey key, String what) {
    return key.isValidPoint()
        ? TxCheck.ok()
        : TxCheck.fail(Rejection.INVALID_KEY, what + " is not a valid Ed25519 public key");
  }

  /** Signer, standby and attester keys must be valid points and all different. */
  static Verdict<Rejection> operationalKeys(
      PublicKey signer, Optional<PublicKey> standby, PublicKey attester) {
    Verdict<Rejection> verdict =
        validKey(signer, "the signer key").and(() -> validKey(attester, "the attester key"));
    if (standby.isPresent()) {
      verdict = verdict.and(() -> validKey(standby.get(), "the standby key"));
    }
    if (!verdict.isAccepted()) {
      return verdict;
    }
    if (signer.equals(attester)
        || standby.map(s -> s.equals(signer) || s.equals(attester)).orElse(false)) {
      return TxCheck.fail(
          Rejection.DUPLICATE_KEY, "the signer, standby and attester keys must all differ");
    }
    return TxCheck.ok();
  }

  /** A partner that serves seeds or storage must publish where. */
  static Verdict<Rejection> partner(Partner partner) {
    for (Role role : partner.roles().asSet()) {
      if (role.needsEndpoint() && partner.endpoint().isEmpty()) {
        return TxCheck.fail(
            Rejection.ENDPOINT_REQUIRED,
            "a partner with the " + role + " duty must publish an endpoint");
      }
    }
    return TxCheck.ok();
  }

  /**
   * A whole partner list: each partner valid, accounts distinct, shares summing to 10,000 basis
   * points, and the required duties covered.
   */
  public static Verdict<Rejection> partners(List<Partner> partners) {
    Set<Address> accounts = new HashSet<>();
    int shares = 0;
    int roles = 0;
    for (Partner p : partners) {
      Verdict<Rejection> one = partner(p);
      if (!one.isAccepted()) {
        return one;
      }
      if (!accounts.add(p.account())) {
        return TxCheck.fail(
            Rejection.DUPLICATE_PARTNER, "an account appears twice among the partners");
      }
      shares += p.shareBps();
      roles |= p.roles().mask();
    }
    if (shares != 10_000) {
      return TxCheck.fail(
          Rejection.SHARES_NOT_WHOLE,
          "partner shares must sum to 10,000 basis points, not " + shares);
    }
    for (Role role : REQUIRED_ROLES) {
      if ((roles & role.bit()) == 0) {
        return TxCheck.fail(Rejection.MISSING_ROLE, "no partner has the " + role + " duty");
      }
    }
    return TxCheck.ok();
  }
}
