/**
 * Keys from words: BIP-39 mnemonics ({@link org.witan.core.keys.Mnemonic}, with the English word
 * list checked against its published digest) and SLIP-0010 Ed25519 derivation ({@link
 * org.witan.core.keys.Slip10}) on Witan's hardened path {@code m/44'/5720404'/account'/0'/0'}
 * ({@link org.witan.core.keys.DerivationPath}).
 *
 * <p>Everything secret here (entropy, seeds, passphrases, private keys, chain codes) lives in
 * arrays that are zeroed after use; no secret is a record, none appears in {@code toString} or in
 * an exception message.
 */
package org.witan.core.keys;
