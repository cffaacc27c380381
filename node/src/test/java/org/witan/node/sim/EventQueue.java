package org.witan.node.sim;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The simulation's one thread of events, ordered by time and then by the order they were scheduled,
 * so a run depends only on its seed.
 */
final class EventQueue {
  private record Event(long time, long sequence, Runnable action) {}

  private final SimClock clock;
  private final PriorityQueue<Event> events =
      new PriorityQueue<>(Comparator.comparingLong(Event::time).thenComparingLong(Event::sequence));
  private long sequence;
  private long processed;

  EventQueue(SimClock clock) {
    this.clock = clock;
  }

  void at(long time, Runnable action) {
    events.add(new Event(Math.max(time, clock.now()), sequence++, action));
  }

  /** Runs every event up to and including {@code time}, then sets the clock to it. */
  void runUntil(long time) {
    while (!events.isEmpty() && events.peek().time() <= time) {
      Event e = events.poll();
      clock.advanceTo(e.time());
      processed++;
      e.action().run();
    }
    clock.advanceTo(Math.max(clock.now(), time));
  }

  long processed() {
    return processed;
  }
}
