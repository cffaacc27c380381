package org.witan.bench;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.witan.core.crypto.Ed25519;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;

/**
 * Ed25519 over a 32-byte digest, one thread: the limit every signature-bound figure is read
 * against. {@code verify} is Witan's path (Bouncy Castle with the decoded point cached per key);
 * {@code verifyFreshKey} decodes the point every time (a key seen once); {@code jdkVerify} is the
 * JDK's own provider, for the record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519Bench {
  private SigningKey key;
  private PublicKey publicKey;
  private Hash32 digest;
  private Signature signature;
  private byte[] publicKeyBytes;
  private java.security.PublicKey jdkPublic;
  private byte[] jdkSignature;

  @Setup
  public void setUp() throws Exception {
    key = Fixtures.key(7);
    publicKey = key.publicKey();
    publicKeyBytes = publicKey.bytes();
    digest = Fixtures.hash(7);
    signature = key.sign(digest);

    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    jdkPublic =
        KeyFactory.getInstance("Ed25519")
            .generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded()));
    java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
    signer.initSign(pair.getPrivate());
    signer.update(digest.bytes());
    jdkSignature = signer.sign();
  }

  @Benchmark
  public boolean verify() {
    return Ed25519.verify(publicKey, digest, signature);
  }

  @Benchmark
  public boolean verifyFreshKey() {
    return Ed25519.verify(PublicKey.of(publicKeyBytes), digest, signature);
  }

  @Benchmark
  public Signature sign() {
    return key.sign(digest);
  }

  @Benchmark
  public boolean jdkVerify() throws Exception {
    java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
    verifier.initVerify(jdkPublic);
    verifier.update(digest.bytes());
    return verifier.verify(jdkSignature);
  }
}
