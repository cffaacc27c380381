package org.witan.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.witan.core.chain.Genesis;
import org.witan.core.codec.DecodingException;
import org.witan.core.vault.AtomicFile;

/**
 * Reads a genesis file ({@code Genesis.CODEC}) for the commands, with errors a person can act on.
 */
final class GenesisFile {
  private GenesisFile() {}

  /**
   * Writes {@code genesis} to {@code file} whole or not at all (wallet-core's {@link AtomicFile}: a
   * synced temporary file, an atomic rename, a synced directory).
   */
  static void write(Path file, Genesis genesis, SecureRandom random) throws IOException {
    new AtomicFile(file, AtomicFile.ChannelWriter.DIRECT, random, AtomicFile.BeforeRename.NOTHING)
        .write(Genesis.CODEC.encode(genesis));
  }

  /**
   * The genesis in {@code file}.
   *
   * @param exitCode the exit code of the command's error
   */
  static Genesis read(Path file, int exitCode) throws InputException {
    try {
      return Genesis.CODEC.decode(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new InputException(
          "could not read the genesis file "
              + file
              + ": there is none (write one with `witan genesis`, or pass --genesis)",
          exitCode);
    } catch (IOException e) {
      throw new InputException(
          "could not read the genesis file " + file + ": " + e.getMessage(), exitCode);
    } catch (DecodingException | IllegalArgumentException e) {
      throw new InputException(
          file + " is not a Witan genesis file (" + e.getMessage() + ")", exitCode);
    }
  }
}
