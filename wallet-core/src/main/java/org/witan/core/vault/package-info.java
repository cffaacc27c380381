/**
 * The encrypted key vault: one file that holds the wallet's secret (mnemonic entropy and BIP-39
 * passphrase) encrypted with AES-256-GCM under an Argon2id key, beside non-secret metadata
 * (accounts, watch-only addresses, address book) that can be listed while the vault is locked.
 *
 * <p>{@link org.witan.core.vault.VaultFormat} is the byte layout (pure), {@link
 * org.witan.core.vault.VaultCipher} seals and opens it, {@link org.witan.core.vault.FileVaultStore}
 * writes it atomically with a backup, {@link org.witan.core.vault.UnlockThrottle} slows repeated
 * wrong passwords, and {@link org.witan.core.vault.KeyVault} is the blocking API the shells call
 * ({@link org.witan.core.vault.AsyncKeyVault} runs it on an executor the caller passes). Every
 * failure is a {@link org.witan.core.vault.VaultException} with a reason. The format is in {@code
 * docs/vault-format.md}.
 */
package org.witan.core.vault;
