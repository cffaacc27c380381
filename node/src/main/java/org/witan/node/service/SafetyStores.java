package org.witan.node.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.witan.node.consensus.FileSafetyStore;
import org.witan.node.consensus.SafetyState;
import org.witan.node.consensus.SafetyStore;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2SafetyStore;

/**
 * Where a node keeps its voting safety state: a small file of its own ({@link FileSafetyStore}),
 * not a row of the chain database. Every vote waits for its save, and a durable H2 write is a
 * checkpoint of the whole database behind the same lock as the final-chain writer's transactions:
 * 25 to 125 ms per vote on a busy machine (docs/performance.md, "Network"). A file of about 100
 * bytes forced to the device costs a fraction of that and waits for nothing else.
 *
 * <p>A data directory from before keeps its state in the database's {@code safety_state} row: it is
 * copied into the file once, before the node votes, so an upgrade never forgets what a producer
 * signed.
 */
final class SafetyStores {
  /** The file's name in the data directory. */
  static final String FILE_NAME = "safety-state.bin";

  private SafetyStores() {}

  /**
   * The safety store of the node whose data directory is {@code directory}.
   *
   * @throws IOException if the file or the database's row cannot be read, or the copy not saved
   */
  static SafetyStore open(Path directory, ChainDatabase database) throws IOException {
    FileSafetyStore store = new FileSafetyStore(directory.resolve(FILE_NAME));
    if (store.load().isEmpty()) {
      Optional<SafetyState> before = new H2SafetyStore(database).load();
      if (before.isPresent()) {
        store.save(before.get());
      }
    }
    return store;
  }
}
