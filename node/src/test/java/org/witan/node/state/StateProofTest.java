package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.merkle.SparseMerkleProofCodec;
import org.witan.core.merkle.SparseMerkleVerifier;
import org.witan.core.merkle.SparseProofOutcome;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateKey;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Stake;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;

/**
 * What a light client does: take a proof from a node, check it against the state root of a
 * certified header, decode the proven bytes with the state codecs, and get exactly what the state
 * machine wrote.
 */
class StateProofTest {
  private final TestChain chain = TestChain.standard();

  @Test
  void aProvenAccountIsTheAccountTheMachineWrote() throws DecodingException {
    chain.block(
        chain.tx(user(0), new Stake(Amount.ofWit(700))),
        chain.tx(user(0), new VoteForTeams(List.of(TeamId.of(2), TeamId.of(5)))));
    Hash32 root = chain.root;
    Address alice = address(user(0));
    Hash32 key = StateKey.account(alice);
    byte[] wire = SparseMerkleProofCodec.INSTANCE.encode(chain.reader.prove(root, key));

    // The light client's side: bytes from a peer, the root from a header, the key it computed.
    SparseMerkleProof proof = SparseMerkleProofCodec.INSTANCE.decode(wire);
    byte[] value = chain.reader.raw(root, key).orElseThrow();
    assertEquals(
        SparseProofOutcome.VALID, SparseMerkleVerifier.verifyInclusion(root, key, value, proof));
    AccountState proven = AccountState.CODEC.decode(value);
    assertEquals(chain.account(alice), proven);
    assertEquals(Amount.ofWit(700), proven.staked());
    assertEquals(2, proven.snapshots().size());

    // A value the node did not write does not verify.
    byte[] forged = AccountState.CODEC.encode(proven.withBalance(Amount.ofWit(5_000_000)));
    assertEquals(
        SparseProofOutcome.VALUE_MISMATCH,
        SparseMerkleVerifier.verifyInclusion(root, key, forged, proof));
  }

  @Test
  void anAccountThatDoesNotExistIsProvenAbsent() {
    Hash32 key = StateKey.account(address(Keys.labelled("never funded")));
    SparseMerkleProof proof = chain.reader.prove(chain.root, key);
    assertEquals(
        SparseProofOutcome.VALID, SparseMerkleVerifier.verifyExclusion(chain.root, key, proof));
  }

  @Test
  void teamsAndTheProducerSetAreProvenToo() throws DecodingException {
    Hash32 teamKey = StateKey.team(TeamId.of(3));
    byte[] team = chain.reader.raw(chain.root, teamKey).orElseThrow();
    assertEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verifyInclusion(
            chain.root, teamKey, team, chain.reader.prove(chain.root, teamKey)));
    assertEquals(
        Optional.of(TeamState.CODEC.decode(team)), chain.reader.team(chain.root, TeamId.of(3)));
    Hash32 setKey = StateKey.producerSet(0);
    byte[] set = chain.reader.raw(chain.root, setKey).orElseThrow();
    assertEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verifyInclusion(
            chain.root, setKey, set, chain.reader.prove(chain.root, setKey)));
    assertEquals(chain.active, org.witan.core.producer.ProducerSet.CODEC.decode(set));
  }
}
