package org.witan.light.sync;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.header.BlockHeader;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * Serves a {@link SyntheticChain} truthfully and counts what it served. Tests that need a lying
 * peer override one answer.
 */
public class HonestSource implements ChainSource {
  final SyntheticChain chain;
  int changeRequests;
  int headerRequests;
  int headersServed;

  public HonestSource(SyntheticChain chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "honest";
  }

  @Override
  public List<EpochChange> epochChanges(long fromGeneration, int max) throws PeerException {
    changeRequests++;
    List<EpochChange> out = new ArrayList<>();
    for (long g = fromGeneration + 1; g <= chain.latestGeneration() && out.size() < max; g++) {
      out.add(chain.change(g));
    }
    return out;
  }

  @Override
  public FinalityProof latestFinality() throws PeerException {
    return chain.latestFinality();
  }

  @Override
  public FinalityProof finality(long height) throws PeerException {
    if (height < 0 || height + 1 >= chain.size()) {
      throw new PeerException.NotFound(name(), "no final block at height " + height);
    }
    return chain.finality(height);
  }

  @Override
  public List<BlockHeader> headers(long from, int count) throws PeerException {
    headerRequests++;
    List<BlockHeader> out = new ArrayList<>();
    for (long h = from; h < from + count && h < chain.size(); h++) {
      out.add(chain.header(h));
    }
    headersServed += out.size();
    return out;
  }
}
