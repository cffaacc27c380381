/**
 * Account addresses: the first 20 bytes of SHA-256 of an Ed25519 public key, written for people in
 * bech32m (BIP-350) with the prefix {@code wit} on the main network and {@code witd} on devnets.
 */
package org.witan.core.address;
