package org.witan.node.consensus;

import java.util.LinkedHashMap;
import java.util.Map;
import org.witan.core.finality.CertificateFault;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderFault;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * {@link SignatureChecks} that remember the last results: the same header, certificate or vote
 * checked again against the same set costs a map lookup. Values are compared by content (records),
 * so a result is reused only for exactly the same bytes. Bounded: the oldest results are forgotten
 * first. Thread-safe: the network threads check votes before consensus sees them, and a check runs
 * outside the lock (two threads may both check a new value; both get the same answer).
 */
public final class CachingSignatureChecks implements SignatureChecks {
  private final SignatureChecks delegate;
  private final Map<Object, Object> results;

  public CachingSignatureChecks(SignatureChecks delegate, int capacity) {
    this.delegate = delegate;
    this.results =
        new LinkedHashMap<>(1024, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > capacity;
          }
        };
  }

  private record HeaderKey(BlockHeader header, ProducerSet set, int perTurn, ChainId chain) {}

  private record CertificateKey(
      QuorumCertificate qc, BlockHeader target, ProducerSet set, boolean strong, ChainId chain) {}

  private record VoteKey(Vote vote, ChainId chain) {}

  @Override
  @SuppressWarnings("unchecked")
  public Verdict<HeaderFault> header(
      BlockHeader header, ProducerSet set, int blocksPerTurn, ChainId chain) {
    return (Verdict<HeaderFault>)
        cached(
            new HeaderKey(header, set, blocksPerTurn, chain),
            () -> delegate.header(header, set, blocksPerTurn, chain));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Verdict<CertificateFault> certificate(
      QuorumCertificate qc, BlockHeader target, ProducerSet set, boolean strong, ChainId chain) {
    return (Verdict<CertificateFault>)
        cached(
            new CertificateKey(qc, target, set, strong, chain),
            () -> delegate.certificate(qc, target, set, strong, chain));
  }

  @Override
  public boolean vote(Vote vote, ChainId chain) {
    return (Boolean) cached(new VoteKey(vote, chain), () -> delegate.vote(vote, chain));
  }

  private Object cached(Object key, java.util.function.Supplier<Object> check) {
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
