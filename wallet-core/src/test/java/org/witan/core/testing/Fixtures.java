package org.witan.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.block.BlockRules;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.SignerBitmap;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.Producer;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * One fixed, realistic instance of every encodable type, built from fixed seeds: the values behind
 * the golden encodings in {@code src/test/resources/golden/}. Everything here is deterministic
 * (Ed25519 signing is), so the same call always gives the same bytes; change nothing here without
 * regenerating the golden files deliberately (see {@code golden/README.md}).
 *
 * <p>The story: on chain {@code witan-test}, generation 3 of the producer set is teams 7, 12, 3 and
 * 21 in schedule order, two slots per turn. Team 21 produced block 118,233 (the parent) at slot
 * 239,999; team 7 produced block 118,234 at slot 240,000, which claims a certificate of the parent
 * and announces generation 4 (teams 7, 12, 21 and 30). Team 7 also signed a rival block for slot
 * 240,000 with its standby key, and team 12's attester voted for both: the two pieces of evidence.
 * Alice (seed 0x01) sends the transactions; Bob (0x02), Carol (0x03) and Dave (0x04) co-sign or
 * receive. Actions and transactions are in {@link ActionFixtures}.
 */
public final class Fixtures {
  public static final ChainId CHAIN = ChainId.of("witan-test");

  /** Devnet turns: two consecutive slots per producer. */
  public static final int BLOCKS_PER_TURN = 2;

  /** 2026-01-01T00:00:00Z in Unix seconds: the "now" of expiry checks. */
  public static final long NOW = 1_767_225_600L;

  /** Half an hour after {@link #NOW}. */
  public static final long EXPIRY = NOW + 1_800;

  /** 0.001 WIT. */
  public static final Amount FEE = Amount.ofUnits(100_000);

  public static final TeamId AURORA = TeamId.of(7);

  private static final List<TeamId> CURRENT_TEAMS =
      List.of(TeamId.of(7), TeamId.of(12), TeamId.of(3), TeamId.of(21));
  private static final List<TeamId> NEXT_TEAMS =
      List.of(TeamId.of(7), TeamId.of(12), TeamId.of(21), TeamId.of(30));

  private static final Height PARENT_HEIGHT = Height.of(118_233);
  private static final Slot PARENT_SLOT = Slot.of(239_999);
  private static final Height HEIGHT = Height.of(118_234);
  private static final Slot SLOT = Slot.of(240_000);

  private Fixtures() {}

  public static SigningKey alice() {
    return Keys.filled(0x01);
  }

  public static SigningKey bob() {
    return Keys.filled(0x02);
  }

  public static SigningKey carol() {
    return Keys.filled(0x03);
  }

  public static SigningKey dave() {
    return Keys.filled(0x04);
  }

  /** The node key of Alice's super node. */
  public static SigningKey superNodeKey() {
    return Keys.filled(0x41);
  }

  /** The attester key team 7 rotates to. */
  public static SigningKey rotatedKey() {
    return Keys.filled(0x51);
  }

  /** A team's block-signing key: seed 0x80 + team id. */
  public static SigningKey signerKey(TeamId team) {
    return Keys.filled(0x80 + (int) team.value());
  }

  /** A team's attester key: seed 0xA0 + team id. */
  public static SigningKey attesterKey(TeamId team) {
    return Keys.filled(0xA0 + (int) team.value());
  }

  /** Team 7's standby block key: seed 0xC7. */
  public static SigningKey standbyKey() {
    return Keys.filled(0xC0 + (int) AURORA.value());
  }

  public static Endpoint endpoint() {
    return Endpoint.of("https://seed.aurora.example:9443/witan");
  }

  public static Memo memo() {
    return Memo.ofText("invoice 2026-017, thank you");
  }

  /** Alice, Bob and Carol, any two of them. */
  public static Owners owners() {
    List<PublicKey> keys =
        new ArrayList<>(List.of(alice().publicKey(), bob().publicKey(), carol().publicKey()));
    keys.sort(null);
    return new Owners(keys, 2);
  }

  /** Bob runs team 7's seed and storage node for 30 % of its rewards. */
  public static Partner partner() {
    return new Partner(
        Address.of(bob().publicKey()),
        Roles.of(Role.SEED, Role.STORAGE),
        Optional.of(endpoint()),
        3_000);
  }

  /**
   * Team 7's partners: Alice signs and attests (50 %), Bob serves (30 %), Carol backs up (20 %).
   */
  public static List<Partner> partners() {
    return List.of(
        new Partner(
            Address.of(alice().publicKey()),
            Roles.of(Role.SIGNING, Role.ATTESTING),
            Optional.empty(),
            5_000),
        partner(),
        new Partner(
            Address.of(carol().publicKey()), Roles.of(Role.BACKUP), Optional.empty(), 2_000));
  }

  /** Generation 3: teams 7 (with a standby key), 12, 3 and 21. */
  public static SigningSet currentSet() {
    return set(3, CURRENT_TEAMS);
  }

  /** Generation 4: teams 7 (with a standby key), 12, 21 and 30. */
  public static SigningSet nextSet() {
    return set(4, NEXT_TEAMS);
  }

  private static SigningSet set(long generation, List<TeamId> teams) {
    List<SigningKey> signers = new ArrayList<>();
    List<Optional<SigningKey>> standbys = new ArrayList<>();
    List<SigningKey> attesters = new ArrayList<>();
    for (TeamId team : teams) {
      signers.add(signerKey(team));
      standbys.add(team.equals(AURORA) ? Optional.of(standbyKey()) : Optional.empty());
      attesters.add(attesterKey(team));
    }
    return SigningSet.fromKeys(generation, teams, signers, standbys, attesters);
  }

  /** Team 7 of generation 3, with its standby key. */
  public static Producer producer() {
    return currentSet().set().get(0);
  }

  /** Block 118,233 at slot 239,999 by team 21 (position 3), claiming its own parent strongly. */
  public static BlockHeader parentHeader() {
    SigningSet set = currentSet();
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            PARENT_HEIGHT,
            PARENT_SLOT,
            Keys.hashOf("witan-test block 118232"),
            TeamId.of(21),
            Keys.hashOf("tx root 118233"),
            0,
            Keys.hashOf("state root 118233"),
            Keys.hashOf("history root 118233"),
            set.set().generation(),
            set.set().hash(CHAIN),
            set.set().hash(CHAIN),
            new QcClaim(
                Height.of(118_232),
                Slot.of(239_998),
                Keys.hashOf("witan-test block 118232"),
                true));
    return set.sign(body, 3, CHAIN);
  }

  /** The claim of block 118,234: a strong certificate of its parent. */
  public static QcClaim qcClaim() {
    return new QcClaim(PARENT_HEIGHT, PARENT_SLOT, parentHeader().id(CHAIN), true);
  }

  /** The three transactions of block 118,234. */
  public static List<Transaction> blockTransactions() {
    return List.of(
        ActionFixtures.transaction(ActionKind.TRANSFER),
        ActionFixtures.transaction(ActionKind.STAKE),
        ActionFixtures.transaction(ActionKind.REGISTER_TEAM));
  }

  /**
   * Block 118,234 at slot 240,000 by team 7, announcing generation 4; its transaction root and
   * count are those of {@link #blockTransactions()}.
   */
  public static HeaderBody headerBody() {
    List<Transaction> txs = blockTransactions();
    return headerBody(BlockRules.txRoot(txs), txs.size());
  }

  private static HeaderBody headerBody(Hash32 txRoot, long txCount) {
    SigningSet set = currentSet();
    return new HeaderBody(
        HeaderBody.VERSION,
        HEIGHT,
        SLOT,
        parentHeader().id(CHAIN),
        AURORA,
        txRoot,
        txCount,
        Keys.hashOf("state root 118234"),
        Keys.hashOf("history root 118234"),
        set.set().generation(),
        set.set().hash(CHAIN),
        nextSet().set().hash(CHAIN),
        qcClaim());
  }

  /** {@link #headerBody()} signed by team 7's signer key. */
  public static BlockHeader header() {
    return BlockHeader.sign(headerBody(), CHAIN, signerKey(AURORA));
  }

  /** A rival block for slot 240,000 with other transactions, signed by team 7's standby key. */
  public static BlockHeader rivalHeader() {
    return BlockHeader.sign(
        headerBody(Keys.hashOf("tx root 118234, rival"), 1), CHAIN, standbyKey());
  }

  /** The target of votes for the parent block 118,233. */
  public static VoteTarget voteTarget() {
    return VoteTarget.of(parentHeader(), CHAIN);
  }

  /** Team 7's attester votes strong for the parent. */
  public static Vote strongVote() {
    return currentSet().vote(0, voteTarget(), true, CHAIN);
  }

  /** Team 21's attester votes weak for the parent. */
  public static Vote weakVote() {
    return currentSet().vote(3, voteTarget(), false, CHAIN);
  }

  /** 15 of 21 producers (positions 0-2, 4-7, 9, 10, 12-15, 17, 18): 3 bytes, ef 6f 60. */
  public static SignerBitmap signerBitmap() {
    SignerBitmap bits = SignerBitmap.empty(21);
    for (int i : List.of(0, 1, 2, 4, 5, 6, 7, 9, 10, 12, 13, 14, 15, 17, 18)) {
      bits = bits.with(i);
    }
    return bits;
  }

  /**
   * A weak certificate of the parent by generation 3: teams 7 and 3 strong, team 21 weak (3 of 4
   * reach the quorum only together).
   */
  public static QuorumCertificate certificate() {
    return currentSet().certificate(voteTarget(), CHAIN, List.of(0, 2), List.of(3));
  }

  /** Team 7's two headers for slot 240,000. */
  public static DoubleProposal doubleProposal() {
    return DoubleProposal.of(header(), rivalHeader());
  }

  /** Team 12's attester voted strong for both blocks of slot 240,000. */
  public static ConflictingVotes conflictingVotes() {
    SigningSet set = currentSet();
    return ConflictingVotes.of(
        set.vote(1, VoteTarget.of(header(), CHAIN), true, CHAIN),
        set.vote(1, VoteTarget.of(rivalHeader(), CHAIN), true, CHAIN));
  }

  /**
   * Block 118,234: three transactions (a transfer, a stake and the co-signed registration of team
   * 7), the certificates of its parent by generation 3 (strong, with one weak signer) and by
   * generation 4 (all strong), and generation 4 itself.
   */
  public static Block block() {
    VoteTarget parent = voteTarget();
    return new Block(
        header(),
        blockTransactions(),
        List.of(
            currentSet().certificate(parent, CHAIN, List.of(0, 1, 2), List.of(3)),
            nextSet().strongCertificate(parent, CHAIN, 4)),
        Optional.of(nextSet().set()));
  }
}
