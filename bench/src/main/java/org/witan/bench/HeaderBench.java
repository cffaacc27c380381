package org.witan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;

/**
 * Header encoding and hashing, one thread: encode the 243-byte body and compute the block id (one
 * SHA-256 over about 300 bytes), and decode a whole signed header. Bounded by SHA-256 and
 * allocation, far above the signature limit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HeaderBench {
  private HeaderBody body;
  private byte[] encodedHeader;

  @Setup
  public void setUp() {
    body = Fixtures.headerBody(100);
    encodedHeader = BlockHeader.CODEC.encode(Fixtures.header(100));
  }

  @Benchmark
  public Hash32 encodeAndHash() {
    return body.id(Fixtures.CHAIN);
  }

  @Benchmark
  public BlockHeader decode() throws DecodingException {
    return BlockHeader.CODEC.decode(encodedHeader);
  }
}
