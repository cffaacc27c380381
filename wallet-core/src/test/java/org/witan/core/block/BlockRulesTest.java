package org.witan.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.merkle.MerkleTree;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

class BlockRulesTest {
  private static final ChainId CHAIN = ChainId.of("witan-test");
  private static final SigningKey SENDER = key(1);
  private static final ProducerSet SET = set(4, 1);

  private static SigningKey key(int seed) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) seed);
    return SigningKey.fromSeed(bytes);
  }

  private static ProducerSet set(int n, long generation) {
    List<Producer> producers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      producers.add(
          new Producer(
              TeamId.of(i + 1),
              key(40 + i + 10 * (int) generation).publicKey(),
              Optional.empty(),
              key(80 + i + 10 * (int) generation).publicKey()));
    }
    return new ProducerSet(generation, producers);
  }

  private static Transaction transfer(long nonce) {
    TxBody body =
        TxBody.of(
            SENDER.publicKey(),
            nonce,
            Amount.ofUnits(1000),
            1_700_000_000L,
            new Transfer(Address.of(key(2).publicKey()), Amount.ofWit(1), Memo.EMPTY));
    return Transaction.sign(body, CHAIN, SENDER);
  }

  private static BlockHeader header(Hash32 txRoot, Hash32 nextSetHash) {
    return header(txRoot, 0, nextSetHash);
  }

  private static BlockHeader header(Hash32 txRoot, long txCount, Hash32 nextSetHash) {
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            Height.of(10),
            Slot.of(12),
            Hash32.sha256(new byte[] {9}),
            TeamId.of(1),
            txRoot,
            txCount,
            Hash32.ZERO,
            Hash32.ZERO,
            1,
            SET.hash(CHAIN),
            nextSetHash,
            new QcClaim(Height.of(9), Slot.of(11), Hash32.sha256(new byte[] {9}), true));
    return BlockHeader.sign(body, CHAIN, key(40));
  }

  private static Block block(List<Transaction> txs) {
    return new Block(
        header(BlockRules.txRoot(txs), txs.size(), SET.hash(CHAIN)),
        txs,
        List.of(),
        Optional.empty());
  }

  private static Verdict<BlockFault> check(Block block) {
    return BlockRules.checkBody(block, CHAIN);
  }

  @Test
  void acceptsAConsistentBody() {
    assertTrue(check(block(List.of(transfer(0), transfer(1)))).isAccepted());
    assertTrue(check(block(List.of())).isAccepted());
  }

  @Test
  void theGoldenBlockIsConsistent() {
    assertTrue(
        BlockRules.checkBody(
                org.witan.core.testing.Fixtures.block(), org.witan.core.testing.Fixtures.CHAIN)
            .isAccepted());
  }

  @Test
  void emptyBlockHasTheEmptyListRoot() {
    assertEquals(MerkleTree.rootOf(List.of()), BlockRules.txRoot(List.of()));
  }

  @Test
  void refusesAWrongTransactionRoot() {
    List<Transaction> txs = List.of(transfer(0), transfer(1));
    Block swapped =
        new Block(
            header(BlockRules.txRoot(List.of(transfer(1), transfer(0))), 2, SET.hash(CHAIN)),
            txs,
            List.of(),
            Optional.empty());
    assertEquals(BlockFault.TX_ROOT_MISMATCH, check(swapped).reason());
  }

  @Test
  void refusesAWrongTransactionCount() {
    List<Transaction> txs = List.of(transfer(0), transfer(1));
    Block miscounted =
        new Block(
            header(BlockRules.txRoot(txs), 1, SET.hash(CHAIN)), txs, List.of(), Optional.empty());
    assertEquals(BlockFault.TX_COUNT_MISMATCH, check(miscounted).reason());
  }

  @Test
  void refusesARepeatedTransaction() {
    assertEquals(
        BlockFault.DUPLICATE_TRANSACTION, check(block(List.of(transfer(0), transfer(0)))).reason());
  }

  @Test
  void nextSetMustBeAnnouncedCarriedAndOfTheNextGeneration() {
    ProducerSet next = set(4, 2);
    Hash32 emptyRoot = BlockRules.txRoot(List.of());
    Block announcedAndCarried =
        new Block(header(emptyRoot, next.hash(CHAIN)), List.of(), List.of(), Optional.of(next));
    assertTrue(check(announcedAndCarried).isAccepted());

    Block announcedNotCarried =
        new Block(header(emptyRoot, next.hash(CHAIN)), List.of(), List.of(), Optional.empty());
    assertEquals(BlockFault.NEXT_SET_MISMATCH, check(announcedNotCarried).reason());

    Block carriedNotAnnounced =
        new Block(header(emptyRoot, SET.hash(CHAIN)), List.of(), List.of(), Optional.of(next));
    assertEquals(BlockFault.NEXT_SET_MISMATCH, check(carriedNotAnnounced).reason());

    ProducerSet skipped = set(4, 3);
    Block wrongGeneration =
        new Block(
            header(emptyRoot, skipped.hash(CHAIN)), List.of(), List.of(), Optional.of(skipped));
    assertEquals(BlockFault.NEXT_SET_MISMATCH, check(wrongGeneration).reason());

    Block wrongHash =
        new Block(
            header(emptyRoot, set(5, 2).hash(CHAIN)), List.of(), List.of(), Optional.of(next));
    assertEquals(BlockFault.NEXT_SET_MISMATCH, check(wrongHash).reason());
  }

  private static QuorumCertificate certificate(
      ProducerSet signers, long height, long slot, int attesterBase) {
    VoteTarget target =
        new VoteTarget(
            Hash32.sha256(new byte[] {(byte) height}),
            Height.of(height),
            Slot.of(slot),
            Slot.of(slot - 1),
            1,
            SET.hash(CHAIN),
            Hash32.ZERO,
            Hash32.ZERO);
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < signers.size(); i++) {
      votes.add(Vote.sign(target, true, key(attesterBase + i), CHAIN));
    }
    return QuorumCertificate.fromVotes(target, signers, votes);
  }

  @Test
  void certificatesMustBeForTheClaimedBlockAndOnePerSet() {
    Hash32 emptyRoot = BlockRules.txRoot(List.of());
    QuorumCertificate claimed = certificate(SET, 9, 11, 90);
    QuorumCertificate byNextSet = certificate(set(4, 2), 9, 11, 100);
    Block one =
        new Block(
            header(emptyRoot, SET.hash(CHAIN)), List.of(), List.of(claimed), Optional.empty());
    assertTrue(check(one).isAccepted());
    Block two =
        new Block(
            header(emptyRoot, SET.hash(CHAIN)),
            List.of(),
            List.of(claimed, byNextSet),
            Optional.empty());
    assertTrue(check(two).isAccepted());

    Block otherHeight =
        new Block(
            header(emptyRoot, SET.hash(CHAIN)),
            List.of(),
            List.of(certificate(SET, 8, 11, 90)),
            Optional.empty());
    assertEquals(BlockFault.CERTIFICATE_MISMATCH, check(otherHeight).reason());

    Block sameSetTwice =
        new Block(
            header(emptyRoot, SET.hash(CHAIN)),
            List.of(),
            List.of(claimed, claimed),
            Optional.empty());
    assertEquals(BlockFault.CERTIFICATE_MISMATCH, check(sameSetTwice).reason());
  }
}
