package org.witan.node.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.witan.core.chain.Genesis;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.team.TeamId;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.vault.KdfParams;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.UnlockedVault;
import org.witan.core.vault.VaultException;
import org.witan.node.consensus.ProducerKeys;

/**
 * A producer's keys, kept in an encrypted key vault (docs/vault-format.md) under two labels: {@code
 * signer} (the key that signs the team's blocks: its signer or standby key) and {@code attester}
 * (the key that signs its votes). The team is the genesis team with those keys.
 */
public final class ProducerVault {
  public static final String SIGNER = "signer";
  public static final String ATTESTER = "attester";

  private ProducerVault() {}

  /**
   * Unlocks {@code file} and finds the team the keys belong to.
   *
   * @throws VaultException for a wrong password or a corrupt file
   * @throws IllegalArgumentException if the vault lacks the two keys, or no genesis team has them
   */
  public static ProducerKeys open(Path file, char[] password, Genesis genesis)
      throws VaultException {
    KeyVault vault = new KeyVault(file, KdfParams.DEFAULT, new SecureRandom(), Clock.systemUTC());
    try (UnlockedVault unlocked = vault.unlock(password)) {
      if (unlocked.metadata().account(SIGNER).isEmpty()
          || unlocked.metadata().account(ATTESTER).isEmpty()) {
        throw new IllegalArgumentException(
            "the vault "
                + file
                + " is not a producer's: it needs accounts labelled 'signer' and 'attester'");
      }
      SigningKey signer = unlocked.signingKey(SIGNER);
      SigningKey attester = unlocked.signingKey(ATTESTER);
      TeamId team = teamOf(genesis, signer.publicKey(), attester.publicKey());
      return new ProducerKeys(team, signer, attester);
    }
  }

  /** The genesis team whose signer (or standby) and attester keys these are. */
  static TeamId teamOf(Genesis genesis, PublicKey signer, PublicKey attester) {
    List<RegisterTeam> teams = genesis.teams();
    for (int i = 0; i < teams.size(); i++) {
      RegisterTeam t = teams.get(i);
      boolean signs =
          t.signerKey().equals(signer) || t.standbyKey().map(signer::equals).orElse(false);
      if (signs && t.attesterKey().equals(attester)) {
        return TeamId.of(i + 1);
      }
    }
    throw new IllegalArgumentException(
        "no team of this genesis has these keys (signer "
            + signer
            + "); a team registered after genesis is not supported yet");
  }
}
