package org.witan.bench.light;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.TrustRoot;

/**
 * A chain of really signed headers for the light-client benchmark, built without executing state
 * (like light-client's test {@code SyntheticChain}, at main-network scale): 21 producers, 12 blocks
 * per turn, one block per 500 ms slot, an epoch of 7,056 blocks (21 x 12 x 28). Every epoch end
 * announces the next set, which starts three blocks later; generation {@code g} is teams {@code g +
 * 1} to {@code g + 21} (one team leaves and one joins per epoch). A million blocks hold 141 set
 * changes. Each team's keys come from SHA-256 of a label. The state root of the newest final block
 * is given (a real state tree's root); other roots are labels.
 *
 * <p>The headers are cached in {@code dir} as 339-byte records (about 339 MB for a million) and
 * memory-mapped; a later run with the same parameters reuses the file.
 */
final class BenchChain {
  static final int PRODUCERS = 21;
  static final int EPOCH = 7_056;
  static final int QUORUM = PRODUCERS * 2 / 3 + 1;
  static final long GENESIS_MILLIS = 1_780_000_000_000L;
  static final ChainConfig CONFIG =
      new ChainConfig(
          ChainId.of("witan-bench-light"), Network.DEV, GENESIS_MILLIS, 500, 12, PRODUCERS, EPOCH);

  private final int blocks;
  private final ByteBuffer headers;
  private final List<Integer> firstHeightOfGeneration;
  private final List<ProducerSet> sets = new ArrayList<>();
  private final ConcurrentHashMap<Long, SigningKey> keys = new ConcurrentHashMap<>();
  private final boolean generated;

  private BenchChain(int blocks, ByteBuffer headers, boolean generated) {
    this.blocks = blocks;
    this.headers = headers;
    this.generated = generated;
    this.firstHeightOfGeneration = schedule(blocks);
    for (int g = 0; g <= firstHeightOfGeneration.size(); g++) {
      sets.add(makeSet(g));
    }
  }

  /** The cached chain in {@code dir}, generated first if absent. */
  static BenchChain open(Path dir, int blocks, Hash32 finalStateRoot) throws IOException {
    Path file =
        dir.resolve(
            "headers-"
                + blocks
                + "-"
                + EPOCH
                + "-"
                + finalStateRoot.toHex().substring(0, 16)
                + ".bin");
    boolean generated = false;
    if (!Files.exists(file) || Files.size(file) != (long) blocks * BlockHeader.SIZE) {
      Files.createDirectories(dir);
      generate(file, blocks, finalStateRoot);
      generated = true;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      return new BenchChain(blocks, map, generated);
    }
  }

  boolean generatedNow() {
    return generated;
  }

  /** Heights where each generation starts (index = generation). */
  private static List<Integer> schedule(int blocks) {
    List<Integer> first = new ArrayList<>();
    first.add(0);
    for (int h = 4; h < blocks; h++) {
      if ((h - 3) % EPOCH == 0) {
        first.add(h);
      }
    }
    return first;
  }

  private static void generate(Path file, int blocks, Hash32 finalStateRoot) throws IOException {
    BenchChain keysOnly = new BenchChain(blocks, ByteBuffer.allocate(0), true);
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    int chunk = 16_384;
    try (FileChannel out =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      HeaderBody parent = null;
      int generation = 0;
      for (int start = 0; start < blocks; start += chunk) {
        int n = Math.min(chunk, blocks - start);
        HeaderBody[] bodies = new HeaderBody[n];
        for (int i = 0; i < n; i++) {
          int h = start + i;
          if (generation + 1 < keysOnly.firstHeightOfGeneration.size()
              && keysOnly.firstHeightOfGeneration.get(generation + 1) == h) {
            generation++;
          }
          bodies[i] = keysOnly.body(h, generation, parent, h == blocks - 2 ? finalStateRoot : null);
          parent = bodies[i];
        }
        BlockHeader[] signed = new BlockHeader[n];
        IntStream.range(0, n)
            .parallel()
            .forEach(
                i -> {
                  HeaderBody b = bodies[i];
                  long g = b.setGeneration();
                  int index = (int) ((b.slot().value() / CONFIG.blocksPerTurn()) % PRODUCERS);
                  TeamId team = keysOnly.sets.get((int) g).producers().get(index).team();
                  signed[i] = BlockHeader.sign(b, CONFIG.chainId(), keysOnly.signer(team));
                });
        ByteBuffer buffer = ByteBuffer.allocate(n * BlockHeader.SIZE);
        for (BlockHeader h : signed) {
          buffer.put(BlockHeader.CODEC.encode(h));
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
      out.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private HeaderBody body(int height, int generation, HeaderBody parent, Hash32 stateRoot) {
    ProducerSet set = sets.get(generation);
    boolean announces = height > 0 && height % EPOCH == 0;
    QcClaim claim =
        parent == null
            ? QcClaim.GENESIS
            : new QcClaim(parent.height(), parent.slot(), parent.id(CONFIG.chainId()), true);
    return new HeaderBody(
        HeaderBody.VERSION,
        Height.of(height),
        Slot.of(height),
        parent == null ? Hash32.ZERO : parent.id(CONFIG.chainId()),
        set.scheduledAt(Slot.of(height), CONFIG.blocksPerTurn()).team(),
        label("tx", height),
        0,
        stateRoot == null ? label("state", height) : stateRoot,
        label("history", height),
        generation,
        set.hash(CONFIG.chainId()),
        announces ? sets.get(generation + 1).hash(CONFIG.chainId()) : set.hash(CONFIG.chainId()),
        claim);
  }

  private static Hash32 label(String what, int height) {
    return Hash32.sha256((what + " " + height).getBytes(StandardCharsets.UTF_8));
  }

  private SigningKey key(long team, String role) {
    long id = team * 2 + (role.equals("signer") ? 0 : 1);
    return keys.computeIfAbsent(
        id,
        k ->
            SigningKey.fromSeed(
                Hash32.sha256(
                        ("witan-bench team-" + team + "/" + role).getBytes(StandardCharsets.UTF_8))
                    .bytes()));
  }

  private SigningKey signer(TeamId team) {
    return key(team.value(), "signer");
  }

  private SigningKey attester(TeamId team) {
    return key(team.value(), "attester");
  }

  private ProducerSet makeSet(long generation) {
    List<Producer> producers = new ArrayList<>();
    for (int i = 1; i <= PRODUCERS; i++) {
      TeamId team = TeamId.of(generation + i);
      producers.add(
          new Producer(
              team, signer(team).publicKey(), Optional.empty(), attester(team).publicKey()));
    }
    return new ProducerSet(generation, producers);
  }

  int size() {
    return blocks;
  }

  long latestGeneration() {
    return firstHeightOfGeneration.size() - 1L;
  }

  ProducerSet set(long generation) {
    return sets.get((int) generation);
  }

  BlockHeader header(long height) {
    byte[] bytes = new byte[BlockHeader.SIZE];
    headers.get((int) (height * BlockHeader.SIZE), bytes);
    try {
      return BlockHeader.CODEC.decode(bytes);
    } catch (DecodingException e) {
      throw new IllegalStateException("the cached chain is damaged at height " + height, e);
    }
  }

  TrustRoot root() {
    return new TrustRoot(
        Height.GENESIS,
        header(0).id(CONFIG.chainId()),
        CONFIG.blockTimeSeconds(Slot.ZERO),
        sets.get(0));
  }

  /** A strong certificate of the header at {@code height} by the first 15 of set {@code signer}. */
  QuorumCertificate certificate(long height, long signer) {
    ProducerSet set = sets.get((int) signer);
    VoteTarget target = VoteTarget.of(header(height), CONFIG.chainId());
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < QUORUM; i++) {
      votes.add(Vote.sign(target, true, attester(set.producers().get(i).team()), CONFIG.chainId()));
    }
    return QuorumCertificate.fromVotes(target, set, votes);
  }

  EpochChange change(long generation) {
    long first = firstHeightOfGeneration.get((int) generation);
    return new EpochChange(
        header(first), sets.get((int) generation), certificate(first, generation - 1));
  }

  FinalityProof finality(long height) {
    return new FinalityProof(
        header(height),
        certificate(height, header(height).body().setGeneration()),
        header(height + 1),
        certificate(height + 1, header(height + 1).body().setGeneration()));
  }
}
