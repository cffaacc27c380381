package org.witan.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Endpoint;

/** Arbitraries for teams and governance: ids, names, roles, partners, owners, parameters. */
public final class TeamArbitraries {
  private TeamArbitraries() {}

  public static Arbitrary<TeamId> teamIds() {
    return Arbitraries.longs().between(0, TeamId.MAX).map(TeamId::of);
  }

  public static Arbitrary<TeamName> teamNames() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
            .ofMinLength(2)
            .ofMaxLength(TeamName.MAX_LENGTH - 1);
    return Combinators.combine(first, rest).as((f, r) -> new TeamName(f + r));
  }

  /** Any non-empty set of known roles. */
  public static Arbitrary<Roles> roles() {
    return Arbitraries.integers().between(1, 0x1F).map(Roles::new);
  }

  /** Any partner: share 0 to 10,000, an endpoint or none whatever its roles. */
  public static Arbitrary<Partner> partners() {
    return Combinators.combine(
            CoreArbitraries.addresses(),
            roles(),
            CoreArbitraries.endpoints().optional(0.5),
            Arbitraries.integers().between(0, Partner.MAX_SHARE_BPS))
        .as(Partner::new);
  }

  /** A partner that a team's rules accept alone: seed and storage partners have an endpoint. */
  public static Arbitrary<Partner> validPartners() {
    return Combinators.combine(partners(), CoreArbitraries.endpoints())
        .as(
            (p, e) ->
                needsEndpoint(p.roles()) && p.endpoint().isEmpty()
                    ? new Partner(p.account(), p.roles(), Optional.of(e), p.shareBps())
                    : p);
  }

  private static boolean needsEndpoint(Roles roles) {
    return roles.has(Role.SEED) || roles.has(Role.STORAGE);
  }

  /** 1 to 16 partners of any shares and roles, as the encoding allows. */
  public static Arbitrary<List<Partner>> partnerLists() {
    return partners().list().ofMinSize(1).ofMaxSize(RegisterTeam.MAX_PARTNERS);
  }

  /**
   * Partner lists that the registration rules accept: distinct accounts, shares summing to 10,000
   * basis points, every required duty covered, an endpoint wherever a duty needs one.
   */
  public static Arbitrary<List<Partner>> validPartnerLists() {
    return Arbitraries.integers()
        .between(1, RegisterTeam.MAX_PARTNERS)
        .flatMap(
            n ->
                Combinators.combine(
                        CoreArbitraries.addresses().list().ofSize(n).uniqueElements(),
                        roles().list().ofSize(n),
                        shares(n),
                        Arbitraries.integers().between(0, n - 1).list().ofSize(3),
                        CoreArbitraries.endpoints().list().ofSize(n),
                        Arbitraries.of(true, false).list().ofSize(n))
                    .as(TeamArbitraries::assemble));
  }

  private static List<Partner> assemble(
      List<Address> accounts,
      List<Roles> roles,
      List<Integer> shares,
      List<Integer> dutyHolders,
      List<Endpoint> endpoints,
      List<Boolean> publish) {
    int[] masks = new int[accounts.size()];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = roles.get(i).mask();
    }
    masks[dutyHolders.get(0)] |= Role.SIGNING.bit();
    masks[dutyHolders.get(1)] |= Role.ATTESTING.bit();
    masks[dutyHolders.get(2)] |= Role.SEED.bit();
    List<Partner> partners = new ArrayList<>(masks.length);
    for (int i = 0; i < masks.length; i++) {
      Roles r = new Roles(masks[i]);
      Optional<Endpoint> endpoint =
          needsEndpoint(r) || publish.get(i) ? Optional.of(endpoints.get(i)) : Optional.empty();
      partners.add(new Partner(accounts.get(i), r, endpoint, shares.get(i)));
    }
    return partners;
  }

  /** {@code n} shares of 0 to 10,000 basis points that sum to exactly 10,000. */
  public static Arbitrary<List<Integer>> shares(int n) {
    return Arbitraries.integers()
        .between(0, Partner.MAX_SHARE_BPS)
        .list()
        .ofSize(n - 1)
        .map(
            cuts -> {
              List<Integer> sorted = new ArrayList<>(cuts);
              sorted.sort(null);
              List<Integer> shares = new ArrayList<>(n);
              int previous = 0;
              for (int cut : sorted) {
                shares.add(cut - previous);
                previous = cut;
              }
              shares.add(Partner.MAX_SHARE_BPS - previous);
              return shares;
            });
  }

  /** 1 to 15 sorted distinct random keys, any threshold from 1 to their number. */
  public static Arbitrary<Owners> owners() {
    return ownersOf(CoreArbitraries.publicKeys());
  }

  /** Owners drawn from {@code keys}, sorted and distinct, with any valid threshold. */
  public static Arbitrary<Owners> ownersOf(Arbitrary<PublicKey> keys) {
    return keys.set()
        .ofMinSize(1)
        .ofMaxSize(Owners.MAX_OWNERS)
        .flatMap(
            set -> {
              List<PublicKey> sorted = set.stream().sorted().toList();
              return Arbitraries.integers()
                  .between(1, sorted.size())
                  .map(t -> new Owners(sorted, t));
            });
  }

  public static Arbitrary<ParameterChange> parameterChanges() {
    return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.longs())
        .as(ParameterChange::new);
  }

  /** 0 to {@code max} changes with distinct parameters, ascending. */
  public static Arbitrary<List<ParameterChange>> sortedParameterChanges(int max) {
    return parameterChanges()
        .list()
        .ofMaxSize(max)
        .uniqueElements(ParameterChange::parameter)
        .map(list -> list.stream().sorted().toList());
  }
}
