package org.witan.core.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id version 1.3 (RFC 9106) through Bouncy Castle. Pure and thread-safe. */
final class Argon2id {
  private Argon2id() {}

  /** {@code length} bytes from {@code password} and {@code salt}; the caller zeroes the result. */
  static byte[] derive(byte[] password, byte[] salt, KdfParams params, int length) {
    return derive(password, salt, params, null, null, length);
  }

  /** With the optional secret and associated data of RFC 9106 (used by the RFC's vector). */
  static byte[] derive(
      byte[] password, byte[] salt, KdfParams params, byte[] secret, byte[] ad, int length) {
    Argon2Parameters.Builder builder =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(params.memoryKiB())
            .withIterations(params.iterations())
            .withParallelism(params.parallelism())
            .withSalt(salt);
    if (secret != null) {
      builder.withSecret(secret);
    }
    if (ad != null) {
      builder.withAdditional(ad);
    }
    Argon2Parameters parameters = builder.build();
    try {
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(parameters);
      byte[] out = new byte[length];
      generator.generateBytes(password, out);
      return out;
    } finally {
      parameters.clear();
    }
  }
}
