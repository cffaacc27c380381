package org.witan.light.sync;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.HeaderFault;
import org.witan.core.header.HeaderRules;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.LightFault;

/**
 * Sequential sync: like {@link SkippingSync}, and in addition every header from the newest trusted
 * block to the newest final one is fetched and checked (height, parent link, scheduled producer and
 * signature against its generation's set), ending on the proven final block. One signature check
 * per block: for comparison with skipping sync, and as a fallback when a peer cannot serve epoch
 * changes. Blocking.
 */
public final class SequentialSync {
  /** Headers asked for per request (the peer API's limit). */
  public static final int HEADERS_PER_REQUEST = 512;

  private final SyncSteps steps;
  private final ChainConfig config;

  public SequentialSync(ChainConfig config, long trustingPeriodSeconds, Clock clock) {
    this.steps = new SyncSteps(config, trustingPeriodSeconds, clock);
    this.config = config;
  }

  /** See {@link SkippingSync#sync}; the same failures, plus headers that do not link. */
  public LightState sync(LightState state, ChainSource peer, Consumer<SyncProgress> listener)
      throws PeerException, StaleTrustException {
    SyncSteps.Started started = steps.start(state, peer, listener);
    LightState trusted = started.trusted();
    long targetHeight = started.targetHeight();
    Hash32 previous =
        state.finalHeader().map(h -> h.id(config.chainId())).orElse(state.root().blockId());
    long next = state.finalHeight().value() + 1;
    while (next <= targetHeight) {
      int count = (int) Math.min(HEADERS_PER_REQUEST, targetHeight - next + 1);
      List<BlockHeader> batch = peer.headers(next, count);
      if (batch.isEmpty()) {
        throw SyncFailure.badData(
            peer.name(), LightFault.BROKEN_CHAIN, "withholds the header at height " + next);
      }
      for (BlockHeader header : batch) {
        check(trusted, header, next, previous, peer);
        previous = header.id(config.chainId());
        next++;
        if (next > targetHeight) {
          break;
        }
      }
      started.meter().report(SyncProgress.Phase.HEADERS, next - 1);
    }
    if (!previous.equals(started.target().block().id(config.chainId()))) {
      throw SyncFailure.badData(
          peer.name(),
          LightFault.BROKEN_CHAIN,
          "the headers lead to another block at height " + targetHeight + " than its proof");
    }
    return steps.finish(started, peer);
  }

  private void check(
      LightState trusted, BlockHeader header, long height, Hash32 parent, ChainSource peer)
      throws PeerException.BadData {
    HeaderBody body = header.body();
    if (body.height().value() != height || !body.parent().equals(parent)) {
      throw SyncFailure.badData(
          peer.name(),
          LightFault.BROKEN_CHAIN,
          "the header at height " + height + " does not follow the previous one");
    }
    ProducerSet set =
        trusted
            .set(body.setGeneration())
            .orElseThrow(
                () ->
                    SyncFailure.badData(
                        peer.name(),
                        LightFault.WRONG_GENERATION,
                        "the header at height "
                            + height
                            + " names generation "
                            + body.setGeneration()
                            + ", which no epoch change proved"));
    Verdict<HeaderFault> verdict =
        HeaderRules.verify(header, set, config.blocksPerTurn(), config.chainId());
    if (!verdict.isAccepted()) {
      throw SyncFailure.badData(
          peer.name(), LightFault.BAD_HEADER, "height " + height + ": " + verdict.detail());
    }
  }
}
