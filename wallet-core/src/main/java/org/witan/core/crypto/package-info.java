/**
 * Hashes and signatures: SHA-256 ({@link org.witan.core.crypto.Hash32}), strict RFC 8032 Ed25519
 * through Bouncy Castle ({@link org.witan.core.crypto.Ed25519}), and the domain tags that bind
 * every signature to its purpose and to the chain id ({@link org.witan.core.crypto.Domain}).
 */
package org.witan.core.crypto;
