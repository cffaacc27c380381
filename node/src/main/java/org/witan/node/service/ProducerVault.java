package org.witan.node.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.witan.core.vault.KdfParams;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.UnlockedVault;
import org.witan.core.vault.VaultException;
import org.witan.node.consensus.ProducerKeys;

/**
 * A producer's keys, kept in an encrypted key vault (docs/vault-format.md) under two labels: {@code
 * signer} (the key that signs the team's blocks: its signer or standby key) and {@code attester}
 * (the key that signs its votes). The team is not named: it is whichever team holds the keys.
 */
public final class ProducerVault {
  public static final String SIGNER = "signer";
  public static final String ATTESTER = "attester";

  private ProducerVault() {}

  /**
   * Unlocks {@code file} and takes the two keys out. Which team they act for is decided by the
   * schedule as the chain goes ({@link ProducerKeys#act}): a team registered after genesis produces
   * once it is elected.
   *
   * @throws VaultException for a wrong password or a corrupt file
   * @throws IllegalArgumentException if the vault lacks the two keys
   */
  public static ProducerKeys open(Path file, char[] password) throws VaultException {
    KeyVault vault = new KeyVault(file, KdfParams.DEFAULT, new SecureRandom(), Clock.systemUTC());
    try (UnlockedVault unlocked = vault.unlock(password)) {
      if (unlocked.metadata().account(SIGNER).isEmpty()
          || unlocked.metadata().account(ATTESTER).isEmpty()) {
        throw new IllegalArgumentException(
            "the vault "
                + file
                + " is not a producer's: it needs accounts labelled 'signer' and 'attester'");
      }
      return new ProducerKeys(unlocked.signingKey(SIGNER), unlocked.signingKey(ATTESTER));
    }
  }
}
