package org.witan.core.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.witan.core.block.Block;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.SignerBitmap;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.Fixtures;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Endpoint;

/**
 * The golden encodings: for each file in {@code golden/}, the type, a one-line description, the
 * codec and the {@link Fixtures} value it holds; and the derived digests of {@code digests.txt}.
 */
final class GoldenCases {
  private GoldenCases() {}

  /** One golden file: {@code codec.encode(value)} is its content. */
  record Case<T>(String file, String typeName, String description, Codec<T> codec, T value) {
    /** The file's comment line: type, description and length. */
    String comment() {
      return "# " + typeName + ": " + description + " (" + codec.encode(value).length + " bytes)";
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case<?>> all() {
    List<Case<?>> cases = new ArrayList<>();
    for (ActionKind kind : ActionKind.values()) {
      cases.add(
          new Case<>(
              "transaction-" + slug(kind) + ".hex",
              "Transaction",
              describe(kind) + ", action tag " + kind.tag(),
              Transaction.CODEC,
              ActionFixtures.transaction(kind)));
    }
    cases.add(
        new Case<>(
            "transaction-cosigned.hex",
            "Transaction",
            "Alice sets team 7's commission to 800 bps, co-signed by owners Bob and Carol",
            Transaction.CODEC,
            ActionFixtures.cosignedTransaction()));
    cases.add(
        new Case<>(
            "tx-body.hex",
            "TxBody",
            "the body of Alice's transfer: nonce 100, fee 0.001 WIT, no co-signers",
            TxBody.CODEC,
            ActionFixtures.body(ActionKind.TRANSFER)));
    cases.add(
        new Case<>(
            "partner.hex",
            "Partner",
            "Bob runs team 7's seed and storage node at an https endpoint for 3,000 bps",
            Partner.CODEC,
            Fixtures.partner()));
    cases.add(
        new Case<>(
            "owners.hex",
            "Owners",
            "Alice, Bob and Carol (sorted keys), any two of them",
            Owners.CODEC,
            Fixtures.owners()));
    cases.add(
        new Case<>(
            "producer.hex",
            "Producer",
            "team 7 with signer, standby and attester keys",
            Producer.CODEC,
            Fixtures.producer()));
    cases.add(
        new Case<>(
            "producer-set.hex",
            "ProducerSet",
            "generation 3: teams 7 (with standby key), 12, 3 and 21 in schedule order",
            ProducerSet.CODEC,
            Fixtures.currentSet().set()));
    cases.add(
        new Case<>(
            "header-body.hex",
            "HeaderBody",
            "block 118234 at slot 240000 by team 7, claiming its parent strongly and"
                + " announcing generation 4",
            HeaderBody.CODEC,
            Fixtures.headerBody()));
    cases.add(
        new Case<>(
            "block-header.hex",
            "BlockHeader",
            "block 118234 signed by team 7's signer key",
            BlockHeader.CODEC,
            Fixtures.header()));
    cases.add(
        new Case<>(
            "qc-claim.hex",
            "QcClaim",
            "a strong certificate of block 118233 at slot 239999",
            QcClaim.CODEC,
            Fixtures.qcClaim()));
    cases.add(
        new Case<>(
            "vote-target.hex",
            "VoteTarget",
            "block 118233 at slot 239999 claiming slot 239998, generation 3",
            VoteTarget.CODEC,
            Fixtures.voteTarget()));
    cases.add(
        new Case<>(
            "vote-strong.hex",
            "Vote",
            "team 7's attester votes strong for block 118233",
            Vote.CODEC,
            Fixtures.strongVote()));
    cases.add(
        new Case<>(
            "vote-weak.hex",
            "Vote",
            "team 21's attester votes weak for block 118233",
            Vote.CODEC,
            Fixtures.weakVote()));
    cases.add(
        new Case<>(
            "signer-bitmap.hex",
            "SignerBitmap",
            "15 of 21 producers: positions 0-2, 4-7, 9, 10, 12-15, 17 and 18",
            SignerBitmap.CODEC,
            Fixtures.signerBitmap()));
    cases.add(
        new Case<>(
            "quorum-certificate.hex",
            "QuorumCertificate",
            "a weak certificate of block 118233 by generation 3: positions 0 and 2 strong, 3"
                + " weak",
            QuorumCertificate.CODEC,
            Fixtures.certificate()));
    cases.add(
        new Case<>(
            "evidence-double-proposal.hex",
            "Evidence",
            "DoubleProposal (tag 0): team 7's two headers for slot 240000, by signer and standby"
                + " key",
            Evidence.CODEC,
            Fixtures.doubleProposal()));
    cases.add(
        new Case<>(
            "evidence-conflicting-votes.hex",
            "Evidence",
            "ConflictingVotes (tag 1): team 12's strong votes for both blocks of slot 240000",
            Evidence.CODEC,
            Fixtures.conflictingVotes()));
    cases.add(
        new Case<>(
            "block.hex",
            "Block",
            "block 118234: 3 transactions, certificates of its parent by generations 3 and 4,"
                + " and generation 4",
            Block.CODEC,
            Fixtures.block()));
    cases.add(
        new Case<>(
            "endpoint.hex",
            "Endpoint",
            "https://seed.aurora.example:9443/witan",
            Endpoint.CODEC,
            Fixtures.endpoint()));
    cases.add(
        new Case<>(
            "memo.hex",
            "Memo",
            "the UTF-8 text 'invoice 2026-017, thank you'",
            Memo.CODEC,
            Fixtures.memo()));
    return List.copyOf(cases);
  }

  /**
   * The derived digests pinned in {@code digests.txt}, in file order: every fixture transaction's
   * id, the block id, the producer-set hash, the finality digest and both vote signing digests.
   */
  static Map<String, String> digests() {
    Map<String, String> digests = new LinkedHashMap<>();
    for (ActionKind kind : ActionKind.values()) {
      digests.put(
          "tx-id." + slug(kind), ActionFixtures.transaction(kind).id(Fixtures.CHAIN).toHex());
    }
    digests.put("tx-id.cosigned", ActionFixtures.cosignedTransaction().id(Fixtures.CHAIN).toHex());
    digests.put("block-id", Fixtures.header().id(Fixtures.CHAIN).toHex());
    digests.put("producer-set-hash", Fixtures.currentSet().set().hash(Fixtures.CHAIN).toHex());
    VoteTarget target = Fixtures.voteTarget();
    digests.put("finality-digest", target.finalityDigest(Fixtures.CHAIN).toHex());
    digests.put("vote-signing-digest.strong", target.signingDigest(Fixtures.CHAIN, true).toHex());
    digests.put("vote-signing-digest.weak", target.signingDigest(Fixtures.CHAIN, false).toHex());
    return digests;
  }

  static String slug(ActionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String describe(ActionKind kind) {
    return switch (kind) {
      case TRANSFER -> "Alice transfers 12.5 WIT to Dave with a memo";
      case STAKE -> "Alice stakes 1,000 WIT";
      case UNSTAKE -> "Alice unstakes 250 WIT";
      case WITHDRAW -> "Alice withdraws her matured unbonding entries";
      case VOTE_FOR_TEAMS -> "Alice votes for teams 3, 7, 12 and 21";
      case SET_PROXY -> "Alice makes Dave her proxy";
      case REGISTER_PROXY -> "Alice registers as a proxy with an opinion URL and hash";
      case CLEAR_VOTE -> "Alice clears her votes";
      case REGISTER_TEAM ->
          "Alice registers team aurora (owners Alice, Bob, Carol, 2 of 3; three partners),"
              + " co-signed by Bob";
      case UPDATE_TEAM ->
          "Alice renames team 7 and sets owners Alice, Bob, Dave (2 of 3), co-signed by Bob and"
              + " Dave";
      case REPLACE_PARTNER -> "Alice puts Dave at partner index 2 of team 7";
      case ROTATE_KEY -> "Alice rotates team 7's attester key";
      case SET_COMMISSION -> "Alice sets team 7's commission to 800 bps";
      case UNREGISTER_TEAM -> "Alice unregisters team 3";
      case UNJAIL -> "Alice asks to unjail team 12";
      case REGISTER_SUPER_NODE -> "Alice registers a super node with its endpoint and key";
      case SUPER_NODE_HEARTBEAT -> "Alice's super node reports block 118200";
      case DEREGISTER_SUPER_NODE -> "Alice gives up her super-node seat";
      case SUBMIT_PROPOSAL -> "Alice proposes parameter 3 = 2 MiB with a 100 WIT deposit";
      case DEPOSIT -> "Alice adds 25 WIT to proposal 42's deposit";
      case STAKE_CHAMBER_VOTE -> "Alice votes yes on proposal 42 in the stake chamber";
      case SUPER_NODE_CHAMBER_VOTE -> "Alice abstains on proposal 42 in the super-node chamber";
      case SUBMIT_EVIDENCE -> "Alice submits team 12's conflicting votes";
      case CLAIM_REWARDS -> "Alice claims her rewards";
    };
  }
}
