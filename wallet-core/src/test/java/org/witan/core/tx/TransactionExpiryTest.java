package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.Fixtures;
import org.witan.core.value.Amount;

/** EXPIRED and EXPIRY_TOO_FAR, at and around both edges of the window. */
class TransactionExpiryTest {
  private static final long NOW = Fixtures.NOW;

  @Test
  void anExpiryAtNowIsStillValid() {
    assertTrue(check(NOW).isAccepted());
  }

  @Test
  void anExpiryOneSecondAgoHasPassed() {
    assertEquals(Rejection.EXPIRED, check(NOW - 1).reason());
    assertEquals(Rejection.EXPIRED, check(0).reason());
  }

  @Test
  void anExpiryExactlyAnHourAheadIsValid() {
    assertTrue(check(NOW + TransactionRules.MAX_EXPIRY_AHEAD_SECONDS).isAccepted());
    assertEquals(3_600, TransactionRules.MAX_EXPIRY_AHEAD_SECONDS);
  }

  @Test
  void anExpiryMoreThanAnHourAheadIsTooFar() {
    assertEquals(Rejection.EXPIRY_TOO_FAR, check(NOW + 3_601).reason());
    assertEquals(Rejection.EXPIRY_TOO_FAR, check(Long.MAX_VALUE).reason());
  }

  private static Verdict<Rejection> check(long expiry) {
    TxBody body = TxBody.of(Fixtures.alice().publicKey(), 1, Amount.ZERO, expiry, new Withdraw());
    return TransactionRules.checkExpiry(body, NOW);
  }
}
