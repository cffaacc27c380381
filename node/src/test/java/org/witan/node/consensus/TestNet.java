package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Slot;
import org.witan.node.state.StateMachine;
import org.witan.node.state.TreeStateMachine;

/**
 * A small real chain for tests of validation and production: {@code n} teams on the real state
 * machine, their keys from labels, the genesis entry, and helpers to produce, certify and re-sign
 * blocks.
 */
final class TestNet {
  static final long GENESIS_TIME = 1_767_225_600_000L;

  final ChainConfig config;
  final Genesis genesis;
  final StateMachine stateMachine;
  final BlockTree tree;
  final ProducerSet set;

  TestNet(int n) {
    config = new ChainConfig(Fixtures.CHAIN, Network.DEV, GENESIS_TIME, 500, 2, n, 60);
    List<GenesisAccount> accounts = new ArrayList<>();
    List<RegisterTeam> teams = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SigningKey owner = key(i, "owner");
      accounts.add(
          new GenesisAccount(Address.of(owner.publicKey()), Amount.ofWit(1_000), Amount.ZERO));
      teams.add(
          new RegisterTeam(
              new TeamName("team-" + (i + 1)),
              Owners.solo(owner.publicKey()),
              key(i, "signer").publicKey(),
              Optional.empty(),
              key(i, "attester").publicKey(),
              List.of(
                  new Partner(
                      Address.of(owner.publicKey()),
                      Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
                      Optional.of(Endpoint.of("https://team-" + (i + 1) + ".example")),
                      10_000)),
              0,
              Amount.ofWit(100)));
    }
    accounts.sort(null);
    genesis = new Genesis(config, Params.devnetDefaults(), accounts, teams);
    stateMachine = new TreeStateMachine(config, new InMemoryNodeStore());
    tree = new BlockTree(GenesisBlock.entry(config, stateMachine.genesis(genesis)));
    set = tree.root().set();
  }

  static SigningKey key(int index, String role) {
    return Keys.labelled("test-net/team-" + (index + 1) + "/" + role);
  }

  /** The keys of the producer scheduled at {@code slot}. */
  ProducerKeys producerAt(long slot) {
    TeamId team = set.scheduledAt(Slot.of(slot), config.blocksPerTurn()).team();
    int i = (int) team.value() - 1;
    return new ProducerKeys(key(i, "signer"), key(i, "attester"));
  }

  /** A valid block of {@code slot} on {@code parent}, claiming what the book knows. */
  Block produce(BlockEntry parent, long slot, CertificateBook book) {
    return new BlockProducer(config, stateMachine)
        .build(
            parent,
            Slot.of(slot),
            BlockProducer.claimFor(parent, tree, book),
            TransactionSource.NONE,
            producerAt(slot),
            tree);
  }

  /** Certifies {@code entry} with votes of the first {@code strong} and next {@code weak} teams. */
  Certification certify(BlockEntry entry, int strong, int weak) {
    VoteTarget target = VoteTarget.of(entry.block().header(), config.chainId());
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < strong + weak; i++) {
      votes.add(Vote.sign(target, i < strong, key(i, "attester"), config.chainId()));
    }
    QuorumCertificate qc = QuorumCertificate.fromVotes(target, set, votes);
    return new Certification(List.of(qc), qc.isStrongFor(set));
  }

  /** {@code block} with its header body replaced and signed again by the slot's producer. */
  Block resign(Block block, HeaderBody body) {
    SigningKey signer = producerAt(body.slot().value()).blockKey();
    return new Block(
        BlockHeader.sign(body, config.chainId(), signer),
        block.transactions(),
        block.certificates(),
        block.nextSet());
  }
}
