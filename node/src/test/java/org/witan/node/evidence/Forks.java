package org.witan.node.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * Finality proofs and epoch changes signed by keys a test holds: what an attacker holding a
 * captured quorum can sign. Public for the node's service tests.
 */
public final class Forks {
  private Forks() {}

  /**
   * A proof that a block of {@code set} at {@code height} is final: the block (its roots labelled
   * with {@code label}) and its child, each with a strong certificate of the whole set.
   */
  public static FinalityProof proof(SigningSet set, ChainConfig config, long height, String label) {
    ChainId chain = config.chainId();
    QcClaim previous =
        new QcClaim(Height.of(height - 1), Slot.of(height - 1), hash(label + " parent"), true);
    BlockHeader block = header(set, config, height, hash(label + " parent"), previous, label);
    Hash32 id = block.id(chain);
    BlockHeader child =
        header(
            set,
            config,
            height + 1,
            id,
            new QcClaim(Height.of(height), Slot.of(height), id, true),
            label + " child");
    return new FinalityProof(
        block, certificate(set, block, chain), child, certificate(set, child, chain));
  }

  /** A header of {@code set} at {@code height}, signed by the producer scheduled for its slot. */
  public static BlockHeader header(
      SigningSet set, ChainConfig config, long height, Hash32 parent, QcClaim claim, String label) {
    TeamId team = set.set().scheduledAt(Slot.of(height), config.blocksPerTurn()).team();
    Hash32 setHash = set.set().hash(config.chainId());
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            Height.of(height),
            Slot.of(height),
            parent,
            team,
            hash(label + " tx"),
            0,
            hash(label + " state"),
            hash(label + " history"),
            set.set().generation(),
            setHash,
            setHash,
            claim);
    return set.sign(body, set.set().indexOf(team).orElseThrow(), config.chainId());
  }

  /** The change to {@code next}'s generation, its first header certified by {@code trusted}. */
  public static EpochChange change(
      SigningSet trusted, SigningSet next, ChainConfig config, long height, String label) {
    BlockHeader first =
        header(
            next,
            config,
            height,
            hash(label + " parent"),
            new QcClaim(Height.of(height - 1), Slot.of(height - 1), hash(label + " parent"), true),
            label);
    return new EpochChange(first, next.set(), certificate(trusted, first, config.chainId()));
  }

  /** A strong certificate of {@code header} by every producer of {@code set}. */
  public static QuorumCertificate certificate(SigningSet set, BlockHeader header, ChainId chain) {
    return set.strongCertificate(VoteTarget.of(header, chain), chain, set.size());
  }

  /**
   * Another block at the height of {@code real}'s block, by the same producer for the same slot (a
   * double proposal), with a child that claims it: both re-signed with the teams' signer keys and
   * certified by every attester of their generation's set.
   *
   * @param signers the signer key of a team
   * @param attesters the attester keys; those not in a set are ignored
   */
  public static FinalityProof forgedTwin(
      FinalityProof real,
      LongFunction<ProducerSet> sets,
      Function<TeamId, SigningKey> signers,
      List<SigningKey> attesters,
      ChainId chain) {
    HeaderBody b = real.block().body();
    BlockHeader block =
        BlockHeader.sign(
            new HeaderBody(
                b.version(),
                b.height(),
                b.slot(),
                b.parent(),
                b.producer(),
                hash("a forged transaction root"),
                b.txCount(),
                b.stateRoot(),
                b.historyRoot(),
                b.setGeneration(),
                b.setHash(),
                b.nextSetHash(),
                b.qcClaim()),
            chain,
            signers.apply(b.producer()));
    Hash32 id = block.id(chain);
    HeaderBody c = real.child().body();
    boolean direct = c.height().value() == b.height().value() + 1;
    BlockHeader child =
        BlockHeader.sign(
            new HeaderBody(
                c.version(),
                c.height(),
                c.slot(),
                direct ? id : c.parent(),
                c.producer(),
                c.txRoot(),
                c.txCount(),
                c.stateRoot(),
                c.historyRoot(),
                c.setGeneration(),
                c.setHash(),
                c.nextSetHash(),
                new QcClaim(b.height(), b.slot(), id, true)),
            chain,
            signers.apply(c.producer()));
    return new FinalityProof(
        block,
        votes(block, sets.apply(b.setGeneration()), attesters, chain),
        child,
        votes(child, sets.apply(c.setGeneration()), attesters, chain));
  }

  private static QuorumCertificate votes(
      BlockHeader header, ProducerSet set, List<SigningKey> attesters, ChainId chain) {
    VoteTarget target = VoteTarget.of(header, chain);
    List<Vote> votes = new ArrayList<>();
    for (SigningKey attester : attesters) {
      votes.add(Vote.sign(target, true, attester, chain));
    }
    return QuorumCertificate.fromVotes(target, set, votes);
  }

  public static Hash32 hash(String label) {
    return Hash32.sha256(label.getBytes(StandardCharsets.UTF_8));
  }
}
