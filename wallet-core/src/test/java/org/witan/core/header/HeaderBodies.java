package org.witan.core.header;

import org.witan.core.crypto.Hash32;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/** Copies of a header body with one field changed, for header tests. */
final class HeaderBodies {
  private HeaderBodies() {}

  static HeaderBody withPlace(HeaderBody b, TeamId producer, Slot slot) {
    return new HeaderBody(
        b.version(),
        b.height(),
        slot,
        b.parent(),
        producer,
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        b.setGeneration(),
        b.setHash(),
        b.nextSetHash(),
        b.qcClaim());
  }

  static HeaderBody withStateRoot(HeaderBody b, Hash32 stateRoot) {
    return new HeaderBody(
        b.version(),
        b.height(),
        b.slot(),
        b.parent(),
        b.producer(),
        b.txRoot(),
        b.txCount(),
        stateRoot,
        b.historyRoot(),
        b.setGeneration(),
        b.setHash(),
        b.nextSetHash(),
        b.qcClaim());
  }

  static HeaderBody withSet(HeaderBody b, long generation, Hash32 setHash) {
    return new HeaderBody(
        b.version(),
        b.height(),
        b.slot(),
        b.parent(),
        b.producer(),
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        generation,
        setHash,
        b.nextSetHash(),
        b.qcClaim());
  }

  static HeaderBody withHeightAndClaim(HeaderBody b, Height height, QcClaim claim) {
    return new HeaderBody(
        b.version(),
        height,
        b.slot(),
        b.parent(),
        b.producer(),
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        b.setGeneration(),
        b.setHash(),
        b.nextSetHash(),
        claim);
  }
}
