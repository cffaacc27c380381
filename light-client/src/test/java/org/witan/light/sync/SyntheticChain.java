package org.witan.light.sync;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.team.TeamId;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.TrustRoot;

/**
 * A chain of really signed headers with real certificates, built without executing state (its roots
 * are labels): one block per slot, each claiming its parent strongly, and a new producer set at
 * every epoch. Epoch {@code k} ends at height {@code k * epochLength}, which announces set {@code
 * k}; set {@code k} starts three blocks later, once that block is final.
 */
public final class SyntheticChain {
  public static final int SET_SIZE = 4;

  private final ChainConfig config;
  private final int forkHeight;
  private final List<SigningSet> sets = new ArrayList<>();
  private final List<BlockHeader> headers = new ArrayList<>();
  private final List<Integer> firstHeightOfGeneration = new ArrayList<>();

  private SyntheticChain(ChainConfig config, int forkHeight) {
    this.config = config;
    this.forkHeight = forkHeight;
  }

  public static SigningSet setOf(long generation) {
    List<TeamId> teams = new ArrayList<>();
    for (int i = 1; i <= SET_SIZE; i++) {
      teams.add(TeamId.of(generation * SET_SIZE + i));
    }
    return SigningSet.of(generation, teams, List.of());
  }

  /** A set of {@code generation} with other teams and keys than the chain's. */
  public static SigningSet impostorSet(long generation) {
    List<TeamId> teams = new ArrayList<>();
    for (int i = 1; i <= SET_SIZE; i++) {
      teams.add(TeamId.of(100_000 + generation * SET_SIZE + i));
    }
    return SigningSet.of(generation, teams, List.of());
  }

  /** Blocks 0 to {@code blocks - 1}. */
  public static SyntheticChain build(ChainConfig config, int blocks) {
    return build(config, blocks, Integer.MAX_VALUE, Long.MAX_VALUE);
  }

  /**
   * A fork of {@link #build}'s chain signed by the same keys (a captured quorum): the same headers
   * below {@code forkHeight}, other blocks from there on; from {@code firstForeignGeneration} on,
   * other producer sets too (announced at or after {@code forkHeight}).
   */
  public static SyntheticChain fork(
      ChainConfig config, int blocks, int forkHeight, long firstForeignGeneration) {
    if (firstForeignGeneration != Long.MAX_VALUE
        && firstForeignGeneration * config.epochLength() < forkHeight) {
      throw new IllegalArgumentException("a foreign set must be announced on the fork");
    }
    return build(config, blocks, forkHeight, firstForeignGeneration);
  }

  private static SyntheticChain build(
      ChainConfig config, int blocks, int forkHeight, long firstForeignGeneration) {
    SyntheticChain chain = new SyntheticChain(config, forkHeight);
    chain.sets.add(setOf(0));
    chain.firstHeightOfGeneration.add(0);
    int generation = 0;
    for (int h = 0; h < blocks; h++) {
      if (h >= 3 && (h - 3) % config.epochLength() == 0 && h - 3 > 0) {
        generation++;
        chain.firstHeightOfGeneration.add(h);
      }
      if (chain.sets.size() <= generation + 1) {
        long next = chain.sets.size();
        chain.sets.add(next >= firstForeignGeneration ? impostorSet(next) : setOf(next));
      }
      chain.headers.add(chain.header(h, generation));
    }
    return chain;
  }

  private BlockHeader header(int height, int generation) {
    SigningSet set = sets.get(generation);
    boolean announces = height > 0 && height % config.epochLength() == 0;
    BlockHeader parent = height == 0 ? null : headers.get(height - 1);
    QcClaim claim =
        parent == null
            ? QcClaim.GENESIS
            : new QcClaim(
                parent.body().height(), parent.body().slot(), parent.id(config.chainId()), true);
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            Height.of(height),
            Slot.of(height),
            parent == null ? Hash32.ZERO : parent.id(config.chainId()),
            set.set().scheduledAt(Slot.of(height), config.blocksPerTurn()).team(),
            label("tx", height),
            0,
            label("state", height),
            label(height >= forkHeight ? "fork history" : "history", height),
            generation,
            set.set().hash(config.chainId()),
            announces
                ? sets.get(generation + 1).set().hash(config.chainId())
                : set.set().hash(config.chainId()),
            claim);
    int index = (height / config.blocksPerTurn()) % set.size();
    return set.sign(body, index, config.chainId());
  }

  private static Hash32 label(String what, int height) {
    return Hash32.sha256((what + " " + height).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public ChainConfig config() {
    return config;
  }

  public int size() {
    return headers.size();
  }

  public BlockHeader header(long height) {
    return headers.get((int) height);
  }

  public long generationAt(long height) {
    return headers.get((int) height).body().setGeneration();
  }

  /** The newest generation in use. */
  public long latestGeneration() {
    return firstHeightOfGeneration.size() - 1L;
  }

  public TrustRoot root() {
    return new TrustRoot(
        Height.GENESIS,
        headers.get(0).id(config.chainId()),
        config.blockTimeSeconds(Slot.ZERO),
        sets.get(0).set());
  }

  public QuorumCertificate certificate(long height, long signerGeneration) {
    SigningSet set = sets.get((int) signerGeneration);
    return set.strongCertificate(
        VoteTarget.of(header(height), config.chainId()), config.chainId(), set.set().quorum());
  }

  /** The change to {@code generation}: its first header, certified by the previous set. */
  public EpochChange change(long generation) {
    long first = firstHeightOfGeneration.get((int) generation);
    return new EpochChange(
        header(first), sets.get((int) generation).set(), certificate(first, generation - 1));
  }

  public FinalityProof finality(long height) {
    return new FinalityProof(
        header(height),
        certificate(height, generationAt(height)),
        header(height + 1),
        certificate(height + 1, generationAt(height + 1)));
  }

  /** The newest block with a child: what a serving node would prove final. */
  public FinalityProof latestFinality() {
    return finality(size() - 2);
  }
}
