package org.witan.light.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.merkle.SparseMerkleBatch;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.merkle.SparseProofOutcome;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateKey;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.value.Amount;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

class ProvenStateTest {
  private static final Address ALICE = Address.of(Keys.labelled("alice").publicKey());
  private static final Address BOB = Address.of(Keys.labelled("bob").publicKey());
  private static final Address NOBODY = Address.of(Keys.labelled("nobody").publicKey());
  private static final AccountState ALICE_STATE =
      AccountState.EMPTY.withBalance(Amount.ofWit(42)).withNonce(7).withStaked(Amount.ofWit(5));

  private final SparseMerkleTree tree = new SparseMerkleTree(new InMemoryNodeStore());
  private final Hash32 root =
      tree.update(
          SparseMerkleTree.EMPTY_ROOT,
          SparseMerkleBatch.builder()
              .put(StateKey.account(ALICE), AccountState.CODEC.encode(ALICE_STATE))
              .put(StateKey.account(BOB), new byte[] {1, 2, 3})
              .build());
  private final HeaderBody header = header(root);

  private static HeaderBody header(Hash32 stateRoot) {
    return new HeaderBody(
        HeaderBody.VERSION,
        Height.of(50),
        Slot.of(60),
        Hash32.ZERO,
        TeamId.of(1),
        Hash32.ZERO,
        0,
        stateRoot,
        Hash32.ZERO,
        0,
        Hash32.ZERO,
        Hash32.ZERO,
        new QcClaim(Height.of(49), Slot.of(59), Hash32.ZERO, true));
  }

  private SparseMerkleProof proof(Address who) {
    return tree.prove(root, StateKey.account(who));
  }

  @Test
  void aProvenAccountIsDecodedWithItsHeightAndRoot() throws Exception {
    Proven<AccountState> read =
        ProvenState.account(
            header, ALICE, Optional.of(AccountState.CODEC.encode(ALICE_STATE)), proof(ALICE));
    assertEquals(ALICE_STATE, read.value());
    assertEquals(Height.of(50), read.height());
    assertEquals(root, read.stateRoot());
  }

  @Test
  void aProvenAbsenceIsTheEmptyAccount() throws Exception {
    Proven<AccountState> read =
        ProvenState.account(header, NOBODY, Optional.empty(), proof(NOBODY));
    assertTrue(read.value().isEmpty());
  }

  @Test
  void aSuperNodeIndexEntryIsProvenAndAForgedOneRefused() throws Exception {
    Hash32 indexed =
        tree.update(
            root,
            SparseMerkleBatch.builder()
                .put(StateKey.superNodeSlot(0), Address.CODEC.encode(ALICE))
                .build());
    HeaderBody at = header(indexed);
    SparseMerkleProof slot0 = tree.prove(indexed, StateKey.superNodeSlot(0));
    assertEquals(
        Optional.of(ALICE),
        ProvenState.superNodeSlot(at, 0, Optional.of(Address.CODEC.encode(ALICE)), slot0).value());
    ProofException forged =
        assertThrows(
            ProofException.class,
            () -> ProvenState.superNodeSlot(at, 0, Optional.of(Address.CODEC.encode(BOB)), slot0));
    assertEquals(SparseProofOutcome.VALUE_MISMATCH, forged.outcome());
    assertThrows(
        ProofException.class,
        () -> ProvenState.superNodeSlot(at, 1, Optional.of(Address.CODEC.encode(ALICE)), slot0),
        "slot 0's entry is not slot 1's");
    assertThrows(
        ProofException.class,
        () -> ProvenState.superNodeSlot(at, 0, Optional.empty(), slot0),
        "a taken slot cannot be hidden");
    assertEquals(
        Optional.empty(),
        ProvenState.superNodeSlot(
                at, 1, Optional.empty(), tree.prove(indexed, StateKey.superNodeSlot(1)))
            .value(),
        "the slot after the last is proven empty");
  }

  @Test
  void aFalseBalanceIsRefused() {
    AccountState richer = ALICE_STATE.withBalance(Amount.ofWit(1_000_000));
    ProofException e =
        assertThrows(
            ProofException.class,
            () ->
                ProvenState.account(
                    header, ALICE, Optional.of(AccountState.CODEC.encode(richer)), proof(ALICE)));
    assertEquals(SparseProofOutcome.VALUE_MISMATCH, e.outcome());
  }

  @Test
  void hidingAnAccountIsRefused() {
    assertThrows(
        ProofException.class,
        () -> ProvenState.account(header, ALICE, Optional.empty(), proof(ALICE)));
    assertThrows(
        ProofException.class,
        () -> ProvenState.account(header, ALICE, Optional.empty(), proof(NOBODY)));
  }

  @Test
  void aProofAgainstAnotherStateIsRefused() {
    HeaderBody other = header(Hash32.sha256(new byte[] {1}));
    assertThrows(
        ProofException.class,
        () ->
            ProvenState.account(
                other, ALICE, Optional.of(AccountState.CODEC.encode(ALICE_STATE)), proof(ALICE)));
  }

  @Test
  void provenBytesThatAreNotARecordAreRefused() {
    ProofException e =
        assertThrows(
            ProofException.class,
            () -> ProvenState.account(header, BOB, Optional.of(new byte[] {1, 2, 3}), proof(BOB)));
    assertEquals(SparseProofOutcome.VALID, e.outcome());
    assertTrue(e.getMessage().contains("not the expected record"), e.getMessage());
  }
}
