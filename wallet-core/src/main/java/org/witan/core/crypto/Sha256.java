package org.witan.core.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Per-thread SHA-256 instances (the JDK's, hardware-accelerated where the CPU has it). */
final class Sha256 {
  private static final ThreadLocal<MessageDigest> INSTANCE =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every Java platform provides SHA-256", e);
            }
          });

  private Sha256() {}

  /** This thread's instance, reset and ready for input. */
  static MessageDigest instance() {
    MessageDigest md = INSTANCE.get();
    md.reset();
    return md;
  }
}
