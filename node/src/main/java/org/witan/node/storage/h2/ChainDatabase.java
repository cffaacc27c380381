package org.witan.node.storage.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A node's database: an H2 file in the node's data directory, migrated to the current schema when
 * opened. Reads use pooled connections and see only committed data; writes run one at a time in a
 * database transaction ({@link #write}), which commits entirely or not at all, so a process killed
 * at any moment leaves the last committed state.
 */
public final class ChainDatabase implements AutoCloseable {
  /** The database file's base name in the data directory ({@code chain.mv.db}). */
  public static final String FILE_NAME = "chain";

  private final JdbcConnectionPool pool;
  private final Path directory;
  private final Object writeLock = new Object();

  private ChainDatabase(JdbcConnectionPool pool, Path directory) {
    this.pool = pool;
    this.directory = directory;
  }

  /**
   * Opens (creating if needed) the database in {@code directory} and migrates it.
   *
   * @throws StorageException if the directory cannot be created, the file is locked by another
   *     process or damaged, or a migration fails
   */
  public static ChainDatabase open(Path directory) {
    return open(directory, "file");
  }

  /**
   * Opens the database through H2's file system {@code scheme} ({@code file}, or one a test
   * registered with {@code org.h2.store.fs.FilePath.register}).
   */
  static ChainDatabase open(Path directory, String scheme) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StorageException("cannot create the data directory " + directory + ": " + e, e);
    }
    String url =
        "jdbc:h2:"
            + scheme
            + ":"
            + directory.toAbsolutePath().resolve(FILE_NAME)
            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "witan", "");
    pool.setMaxConnections(8);
    try {
      Flyway.configure()
          .dataSource(url, "witan", "")
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.dispose();
      throw new StorageException(describe(directory, e), e);
    }
    return new ChainDatabase(pool, directory);
  }

  private static String describe(Path directory, Exception e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("locked") || text.contains("already in use")) {
      return "the database in "
          + directory
          + " is in use by another Witan process: stop it, or choose another data directory";
    }
    if (text.contains("no space")) {
      return "the disk holding " + directory + " is full: free some space and start again";
    }
    return "cannot open the database in " + directory + ": " + e.getMessage();
  }

  /** The data directory this database lives in. */
  public Path directory() {
    return directory;
  }

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs read-only {@code work} on a pooled connection. */
  public <T> T read(Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException(describe(directory, e), e);
    }
  }

  /**
   * Runs {@code work} in one database transaction, after every earlier write has finished: it
   * commits if {@code work} returns, and rolls back if it throws.
   */
  public <T> T write(Work<T> work) {
    return write(work, false);
  }

  /**
   * Like {@link #write}, and forces the database file to the device before returning: what it wrote
   * survives a crash of the process or of the machine. Costs a file sync.
   */
  public <T> T writeDurably(Work<T> work) {
    return write(work, true);
  }

  private <T> T write(Work<T> work, boolean sync) {
    synchronized (writeLock) {
      try (Connection connection = pool.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          if (sync) {
            try (Statement checkpoint = connection.createStatement()) {
              checkpoint.execute("CHECKPOINT SYNC");
            }
          }
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new StorageException(describe(directory, e), e);
      }
    }
  }

  /** Closes every connection; the database file is complete on disk afterwards. */
  @Override
  public void close() {
    pool.dispose();
  }
}
