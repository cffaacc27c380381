package org.witan.node.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Simulated time: moves only when the event queue says so. */
final class SimClock extends Clock {
  private long nowMillis;

  SimClock(long startMillis) {
    this.nowMillis = startMillis;
  }

  long now() {
    return nowMillis;
  }

  void advanceTo(long millis) {
    if (millis < nowMillis) {
      throw new IllegalStateException("simulated time goes forward only");
    }
    nowMillis = millis;
  }

  @Override
  public long millis() {
    return nowMillis;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(nowMillis);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
