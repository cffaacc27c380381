package org.witan.node.consensus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.witan.core.crypto.DigestVerifier;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.finality.CertificateFault;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderFault;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * {@link SignatureChecks} that remember. Two memories, each bounded (the oldest entries are
 * forgotten first):
 *
 * <ul>
 *   <li>results of header and certificate checks, keyed by content (records): the same header or
 *       certificate checked again against the same set costs a map lookup;
 *   <li>the signatures that verified, as (key, digest, signature) triples: a certificate is made of
 *       the votes the node already checked one by one as they arrived, so checking it costs a
 *       lookup per signer instead of an Ed25519 verification. Only successes are remembered, and a
 *       triple that verified once verifies always, so the answers are exactly those of {@link
 *       SignatureChecks#DIRECT}.
 * </ul>
 *
 * Thread-safe: the network threads check votes before consensus sees them, and a check runs outside
 * the lock (two threads may both check a new value; both get the same answer).
 */
public final class CachingSignatureChecks implements SignatureChecks {
  private final SignatureChecks checks = SignatureChecks.using(this::remembering);
  private final Map<Object, Object> results;
  private final Map<Verified, Boolean> verified;
  private final DigestVerifier underlying;

  /** Remembers up to {@code capacity} check results and as many verified signatures. */
  public CachingSignatureChecks(int capacity) {
    this(capacity, DigestVerifier.ED25519);
  }

  /** As above, with the signatures it does not remember checked by {@code underlying}. */
  CachingSignatureChecks(int capacity, DigestVerifier underlying) {
    this.results = bounded(capacity);
    this.verified = bounded(capacity);
    this.underlying = underlying;
  }

  private static <K, V> Map<K, V> bounded(int capacity) {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  private record HeaderKey(BlockHeader header, ProducerSet set, int perTurn, ChainId chain) {}

  private record CertificateKey(
      QuorumCertificate qc, BlockHeader target, ProducerSet set, boolean strong, ChainId chain) {}

  private record Verified(PublicKey key, Hash32 digest, Signature signature) {}

  @Override
  @SuppressWarnings("unchecked")
  public Verdict<HeaderFault> header(
      BlockHeader header, ProducerSet set, int blocksPerTurn, ChainId chain) {
    return (Verdict<HeaderFault>)
        cached(
            new HeaderKey(header, set, blocksPerTurn, chain),
            () -> checks.header(header, set, blocksPerTurn, chain));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Verdict<CertificateFault> certificate(
      QuorumCertificate qc, BlockHeader target, ProducerSet set, boolean strong, ChainId chain) {
    return (Verdict<CertificateFault>)
        cached(
            new CertificateKey(qc, target, set, strong, chain),
            () -> checks.certificate(qc, target, set, strong, chain));
  }

  @Override
  public boolean vote(Vote vote, ChainId chain) {
    return checks.vote(vote, chain);
  }

  /** A {@link DigestVerifier} that answers from the signatures that verified before. */
  private boolean remembering(PublicKey key, Hash32 digest, Signature signature) {
    Verified triple = new Verified(key, digest, signature);
    synchronized (verified) {
      if (verified.get(triple) != null) {
        return true;
      }
    }
    if (!underlying.verify(key, digest, signature)) {
      return false;
    }
    synchronized (verified) {
      verified.put(triple, Boolean.TRUE);
    }
    return true;
  }

  private Object cached(Object key, Supplier<Object> check) {
    Object known;
    synchronized (results) {
      known = results.get(key);
    }
    if (known != null) {
      return known;
    }
    Object result = check.get();
    synchronized (results) {
      results.put(key, result);
    }
    return result;
  }
}
