package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.address.Address;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Globals;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.state.Unbonding;
import org.witan.core.team.Partner;
import org.witan.core.value.Amount;

/**
 * Money that appears, disappears or moves between holders outside a single account: minting (capped
 * so the supply never passes 2^64 - 1 units), burning, crediting a team's partners by share, and
 * entering the unbonding queue.
 */
final class Ledger {
  private Ledger() {}

  /**
   * Mints up to {@code amount}: less if the supply (or the minted total) would pass 2^64 - 1.
   *
   * @return what was minted
   */
  static Amount mint(State state, Amount amount) {
    Globals g = state.globals();
    Amount room = Amount.MAX.minus(g.supply()).min(Amount.MAX.minus(g.minted()));
    Amount minted = amount.min(room);
    if (!minted.isZero()) {
      state.put(g.mint(minted));
    }
    return minted;
  }

  /** Destroys {@code amount}, which the caller has already taken from its holder. */
  static void burn(State state, Amount amount) {
    if (!amount.isZero()) {
      state.put(state.globals().burn(amount));
    }
  }

  /**
   * Credits {@code amount} to the claimable rewards of {@code team}'s partners by share (floor of
   * {@code amount * shareBps / 10000}), the remainder to the first partner.
   */
  static void creditPartners(State state, TeamState team, Amount amount) {
    if (amount.isZero()) {
      return;
    }
    List<Partner> partners = team.partners();
    List<Amount> shares = new ArrayList<>(partners.size());
    Amount given = Amount.ZERO;
    for (Partner p : partners) {
      Amount share = Shares.bps(amount, p.shareBps());
      shares.add(share);
      given = given.plus(share);
    }
    shares.set(0, shares.get(0).plus(amount.minus(given)));
    for (int i = 0; i < partners.size(); i++) {
      creditReward(state, partners.get(i).account(), shares.get(i));
    }
  }

  /** Adds {@code amount} to the claimable rewards of {@code account}. */
  static void creditReward(State state, Address account, Amount amount) {
    if (amount.isZero()) {
      return;
    }
    AccountState a = state.account(account);
    state.put(account, a.withRewards(a.rewards().plus(amount)));
  }

  /** Adds {@code amount} to the spendable balance of {@code account}. */
  static void creditBalance(State state, Address account, Amount amount) {
    if (amount.isZero()) {
      return;
    }
    AccountState a = state.account(account);
    state.put(account, a.withBalance(a.balance().plus(amount)));
  }

  /**
   * Puts {@code amount} in the unbonding queue of {@code account}, released at {@code releaseTime};
   * refused when the queue holds 32 entries.
   */
  static Verdict<StateRejection> unbond(
      State state, Address account, Amount amount, long releaseTime) {
    if (amount.isZero()) {
      return Outcomes.ok();
    }
    AccountState a = state.account(account);
    if (a.unbonding().size() >= AccountState.MAX_UNBONDING) {
      return Outcomes.fail(
          StateRejection.UNBONDING_QUEUE_FULL,
          "the unbonding queue of "
              + account
              + " holds "
              + AccountState.MAX_UNBONDING
              + " entries");
    }
    List<Unbonding> queue = new ArrayList<>(a.unbonding());
    queue.add(new Unbonding(amount, releaseTime));
    state.put(account, a.withUnbonding(queue));
    return Outcomes.ok();
  }
}
