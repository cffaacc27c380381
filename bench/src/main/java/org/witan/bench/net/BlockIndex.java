package org.witan.bench.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.tx.Transaction;
import org.witan.core.value.ChainId;

/**
 * Every block one node announced on its stream, by id, with its parent and its transactions' ids:
 * enough to tell which transactions a finality proof made final. Thread-safe.
 */
final class BlockIndex {
  /** What the benchmark keeps of a block. */
  record Info(Hash32 id, Hash32 parent, long height, long slot, List<Hash32> transactions) {
    Info {
      transactions = List.copyOf(transactions);
    }
  }

  private final ChainId chainId;
  private final Function<Hash32, Optional<Block>> fetch;
  private final Map<Hash32, Info> blocks = new ConcurrentHashMap<>();
  private final AtomicInteger fetched = new AtomicInteger();
  private Hash32 lastFinal;
  private long lastFinalHeight = -1;

  /**
   * @param fetch asks a node for a block the stream did not announce (a node that catches up after
   *     falling behind fetches blocks from peers and does not announce them)
   */
  BlockIndex(ChainId chainId, Function<Hash32, Optional<Block>> fetch) {
    this.chainId = chainId;
    this.fetch = fetch;
  }

  /** How many blocks had to be fetched because the stream did not announce them. */
  int fetched() {
    return fetched.get();
  }

  void add(Block block) {
    List<Hash32> ids = new ArrayList<>(block.transactions().size());
    for (Transaction tx : block.transactions()) {
      ids.add(tx.id(chainId));
    }
    var body = block.header().body();
    Hash32 id = block.header().id(chainId);
    blocks.put(id, new Info(id, body.parent(), body.height().value(), body.slot().value(), ids));
  }

  Optional<Info> get(Hash32 id) {
    return Optional.ofNullable(blocks.get(id));
  }

  /**
   * The blocks that {@code id} being final makes final since the last call: it and its ancestors
   * down to the previous final block, oldest first, as far as they are known.
   */
  synchronized List<Info> finalized(Hash32 id, long height) {
    List<Info> path = new ArrayList<>();
    Hash32 at = id;
    while (at != null && !at.equals(lastFinal)) {
      Info info = blocks.get(at);
      if (info == null && lastFinalHeight >= 0) {
        Optional<Block> got = fetch.apply(at);
        if (got.isPresent()) {
          fetched.incrementAndGet();
          add(got.get());
          info = blocks.get(at);
        }
      }
      if (info == null || info.height() <= lastFinalHeight) {
        break;
      }
      path.add(0, info);
      at = info.parent();
    }
    if (height > lastFinalHeight) {
      lastFinal = id;
      lastFinalHeight = height;
    }
    return path;
  }
}
