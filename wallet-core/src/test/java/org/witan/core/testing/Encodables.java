package org.witan.core.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.SignerBitmap;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.governance.ParameterChange;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.tx.Action;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * Every encodable type with its codec and an arbitrary of valid values: what whole-codec properties
 * (round trips, damaged inputs) and fuzzers iterate over. Actions appear once per kind and evidence
 * once per variant, so each gets its share of tries.
 */
public final class Encodables {
  private Encodables() {}

  /** One encodable type: a name for reports, its codec, and valid values. */
  public record Type<T>(String name, Codec<T> codec, Arbitrary<T> values) {
    /** Values of this type, each paired with the type. */
    public Arbitrary<Sample<T>> samples() {
      return values.map(v -> new Sample<>(this, v));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A value with its type, so one property can range over all types. */
  public record Sample<T>(Type<T> type, T value) {
    public byte[] encode() {
      return type.codec().encode(value);
    }

    @Override
    public String toString() {
      return type.name() + ": " + value;
    }
  }

  /** Every type. */
  public static List<Type<?>> all() {
    List<Type<?>> types = new ArrayList<>();
    types.add(new Type<>("Hash32", Hash32.CODEC, CoreArbitraries.hashes()));
    types.add(new Type<>("PublicKey", PublicKey.CODEC, CoreArbitraries.publicKeys()));
    types.add(new Type<>("Signature", Signature.CODEC, CoreArbitraries.signatures()));
    types.add(new Type<>("Address", Address.CODEC, CoreArbitraries.addresses()));
    types.add(new Type<>("Amount", Amount.CODEC, CoreArbitraries.amounts()));
    types.add(new Type<>("Height", Height.CODEC, CoreArbitraries.heights()));
    types.add(new Type<>("Slot", Slot.CODEC, CoreArbitraries.slots()));
    types.add(new Type<>("ChainId", ChainId.CODEC, CoreArbitraries.chainIds()));
    types.add(new Type<>("Endpoint", Endpoint.CODEC, CoreArbitraries.endpoints()));
    types.add(new Type<>("Memo", Memo.CODEC, ActionArbitraries.memos()));
    types.add(new Type<>("TeamId", TeamId.CODEC, TeamArbitraries.teamIds()));
    types.add(new Type<>("TeamName", TeamName.CODEC, TeamArbitraries.teamNames()));
    types.add(new Type<>("Roles", Roles.CODEC, TeamArbitraries.roles()));
    types.add(new Type<>("Partner", Partner.CODEC, TeamArbitraries.partners()));
    types.add(new Type<>("Owners", Owners.CODEC, TeamArbitraries.owners()));
    types.add(
        new Type<>("ParameterChange", ParameterChange.CODEC, TeamArbitraries.parameterChanges()));
    for (ActionKind kind : ActionKind.values()) {
      types.add(new Type<>("Action." + kind, Action.CODEC, ActionArbitraries.ofKind(kind)));
    }
    types.add(new Type<>("TxBody", TxBody.CODEC, TxArbitraries.txBodies()));
    types.add(new Type<>("Transaction", Transaction.CODEC, TxArbitraries.transactions()));
    types.add(new Type<>("Producer", Producer.CODEC, ChainArbitraries.producers()));
    types.add(new Type<>("ProducerSet", ProducerSet.CODEC, ChainArbitraries.producerSets()));
    types.add(new Type<>("QcClaim", QcClaim.CODEC, ChainArbitraries.qcClaims()));
    types.add(new Type<>("HeaderBody", HeaderBody.CODEC, ChainArbitraries.headerBodies()));
    types.add(new Type<>("BlockHeader", BlockHeader.CODEC, ChainArbitraries.blockHeaders()));
    types.add(new Type<>("VoteTarget", VoteTarget.CODEC, FinalityArbitraries.voteTargets()));
    types.add(new Type<>("Vote", Vote.CODEC, FinalityArbitraries.votes()));
    types.add(new Type<>("SignerBitmap", SignerBitmap.CODEC, FinalityArbitraries.signerBitmaps()));
    types.add(
        new Type<>(
            "QuorumCertificate",
            QuorumCertificate.CODEC,
            FinalityArbitraries.quorumCertificates()));
    types.add(
        new Type<>(
            "Evidence.DoubleProposal",
            Evidence.CODEC,
            FinalityArbitraries.doubleProposals().map(Evidence.class::cast)));
    types.add(
        new Type<>(
            "Evidence.ConflictingVotes",
            Evidence.CODEC,
            FinalityArbitraries.conflictingVotes().map(Evidence.class::cast)));
    types.add(new Type<>("Block", Block.CODEC, ChainArbitraries.blocks()));
    return List.copyOf(types);
  }

  /** The names of {@link #all()}, for coverage checks. */
  public static List<String> names() {
    return all().stream().map(Type::name).toList();
  }

  /** Samples of every type, each type equally likely. */
  public static Arbitrary<Sample<?>> samples() {
    List<Arbitrary<Sample<?>>> perType = new ArrayList<>();
    for (Type<?> type : all()) {
      perType.add(widen(type));
    }
    return Arbitraries.oneOf(perType);
  }

  private static <T> Arbitrary<Sample<?>> widen(Type<T> type) {
    return type.samples().map(s -> s);
  }
}
