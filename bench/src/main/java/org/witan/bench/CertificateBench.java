package org.witan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.witan.core.finality.CertificateVerifier;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;

/**
 * Verifying a 15-of-21 strong certificate against its header and set, one thread. Bounded by 15
 * Ed25519 verifications; everything else (two digests, the target comparison) should be noise.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CertificateBench {
  private ProducerSet set;
  private BlockHeader header;
  private QuorumCertificate certificate;

  @Setup
  public void setUp() {
    set = Fixtures.producerSet(21, 1);
    header = Fixtures.header(100);
    certificate = Fixtures.certificate(set, header, 15);
    if (!CertificateVerifier.verifyFor(certificate, header, set, Fixtures.CHAIN).isAccepted()) {
      throw new IllegalStateException("fixture certificate does not verify");
    }
  }

  @Benchmark
  public Verdict<?> verify15of21() {
    return CertificateVerifier.verifyFor(certificate, header, set, Fixtures.CHAIN);
  }
}
