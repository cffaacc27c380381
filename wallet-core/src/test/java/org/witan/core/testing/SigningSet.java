package org.witan.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.SignerBitmap;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;

/**
 * A producer set together with its private keys, so tests can sign headers, votes and certificates
 * that verify. A team's keys depend only on its id (seeds are SHA-256 of labels such as {@code
 * team-7/signer}), so a team keeps its keys across generations.
 */
public final class SigningSet {
  private final ProducerSet set;
  private final List<SigningKey> signers;
  private final List<Optional<SigningKey>> standbys;
  private final List<SigningKey> attesters;

  private SigningSet(
      ProducerSet set,
      List<SigningKey> signers,
      List<Optional<SigningKey>> standbys,
      List<SigningKey> attesters) {
    this.set = set;
    this.signers = signers;
    this.standbys = standbys;
    this.attesters = attesters;
  }

  /** Teams 1 to {@code n} in that order; the first team has a standby key. */
  public static SigningSet ofSize(int n, long generation) {
    List<TeamId> teams = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      teams.add(TeamId.of(i));
    }
    return of(generation, teams, List.of(TeamId.of(1)));
  }

  /** {@code teams} in schedule order; those in {@code withStandby} also get a standby key. */
  public static SigningSet of(long generation, List<TeamId> teams, List<TeamId> withStandby) {
    List<SigningKey> signers = new ArrayList<>();
    List<Optional<SigningKey>> standbys = new ArrayList<>();
    List<SigningKey> attesters = new ArrayList<>();
    for (TeamId team : teams) {
      String prefix = "team-" + team.value();
      signers.add(Keys.labelled(prefix + "/signer"));
      standbys.add(
          withStandby.contains(team)
              ? Optional.of(Keys.labelled(prefix + "/standby"))
              : Optional.empty());
      attesters.add(Keys.labelled(prefix + "/attester"));
    }
    return fromKeys(generation, teams, signers, standbys, attesters);
  }

  /** A set whose producer {@code i} is {@code teams[i]} with the given keys. */
  public static SigningSet fromKeys(
      long generation,
      List<TeamId> teams,
      List<SigningKey> signers,
      List<Optional<SigningKey>> standbys,
      List<SigningKey> attesters) {
    List<Producer> producers = new ArrayList<>(teams.size());
    for (int i = 0; i < teams.size(); i++) {
      producers.add(
          new Producer(
              teams.get(i),
              signers.get(i).publicKey(),
              standbys.get(i).map(SigningKey::publicKey),
              attesters.get(i).publicKey()));
    }
    return new SigningSet(
        new ProducerSet(generation, producers),
        List.copyOf(signers),
        List.copyOf(standbys),
        List.copyOf(attesters));
  }

  public ProducerSet set() {
    return set;
  }

  public int size() {
    return set.size();
  }

  public SigningKey signer(int index) {
    return signers.get(index);
  }

  public SigningKey standby(int index) {
    return standbys.get(index).orElseThrow();
  }

  public SigningKey attester(int index) {
    return attesters.get(index);
  }

  /** A header for {@code body} signed by the signer key of the producer at {@code index}. */
  public BlockHeader sign(HeaderBody body, int index, ChainId chainId) {
    return BlockHeader.sign(body, chainId, signers.get(index));
  }

  /** The vote of the producer at {@code index}. */
  public Vote vote(int index, VoteTarget target, boolean strong, ChainId chainId) {
    return Vote.sign(target, strong, attesters.get(index), chainId);
  }

  /**
   * A certificate of this set for {@code target}, built by hand (not through {@link
   * QuorumCertificate#fromVotes}): the producers at {@code strong} and {@code weak} positions sign.
   */
  public QuorumCertificate certificate(
      VoteTarget target, ChainId chainId, List<Integer> strong, List<Integer> weak) {
    SortedSet<Integer> strongSet = new TreeSet<>(strong);
    SortedSet<Integer> weakSet = new TreeSet<>(weak);
    SignerBitmap strongBits = SignerBitmap.empty(size());
    SignerBitmap weakBits = SignerBitmap.empty(size());
    List<Signature> signatures = new ArrayList<>();
    for (int i : strongSet) {
      strongBits = strongBits.with(i);
      signatures.add(vote(i, target, true, chainId).signature());
    }
    for (int i : weakSet) {
      weakBits = weakBits.with(i);
      signatures.add(vote(i, target, false, chainId).signature());
    }
    return new QuorumCertificate(target, set.generation(), strongBits, weakBits, signatures);
  }

  /** A strong certificate signed by the first {@code count} producers. */
  public QuorumCertificate strongCertificate(VoteTarget target, ChainId chainId, int count) {
    return certificate(target, chainId, firstPositions(0, count), List.of());
  }

  /** The positions {@code from} to {@code from + count - 1}. */
  public static List<Integer> firstPositions(int from, int count) {
    List<Integer> positions = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      positions.add(i);
    }
    return positions;
  }
}
