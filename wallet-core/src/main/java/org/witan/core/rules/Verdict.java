package org.witan.core.rules;

import java.util.Objects;

/**
 * The outcome of a pure rule: accepted, or rejected with an enum reason and a detail for people.
 *
 * @param <R> the reason enum of the rule set
 */
public final class Verdict<R extends Enum<R>> {
  private static final Verdict<?> ACCEPTED = new Verdict<>(null, "");

  private final R reason;
  private final String detail;

  private Verdict(R reason, String detail) {
    this.reason = reason;
    this.detail = detail;
  }

  @SuppressWarnings("unchecked")
  public static <R extends Enum<R>> Verdict<R> accepted() {
    return (Verdict<R>) ACCEPTED;
  }

  public static <R extends Enum<R>> Verdict<R> rejected(R reason, String detail) {
    return new Verdict<>(Objects.requireNonNull(reason), Objects.requireNonNull(detail));
  }

  public boolean isAccepted() {
    return reason == null;
  }

  /** The reason for a rejection; fails on an accepted verdict. */
  public R reason() {
    if (reason == null) {
      throw new IllegalStateException("an accepted verdict has no reason");
    }
    return reason;
  }

  /** Words for a log or a person; empty when accepted. */
  public String detail() {
    return detail;
  }

  /** This verdict if rejected, otherwise the next one (evaluated lazily by the caller). */
  public Verdict<R> and(java.util.function.Supplier<Verdict<R>> next) {
    return isAccepted() ? next.get() : this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict<?> that
        && Objects.equals(reason, that.reason)
        && detail.equals(that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, detail);
  }

  @Override
  public String toString() {
    return isAccepted() ? "accepted" : "rejected: " + reason + " (" + detail + ")";
  }
}
