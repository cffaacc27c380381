package org.witan.core.finality;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Domain;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * What a vote is about: the block, where it sits (height, and its slot, which is the vote's
 * timestamp), the slot of the certificate it claims (so two votes alone can prove a broken voting
 * rule), and what finality of the block commits to: the producer-set generation, the next set's
 * hash, and the state and history roots.
 *
 * <p>Encoding: {@code Hash32 blockId || Height height || Slot slot || Slot claimSlot || u63
 * generation || Hash32 nextSetHash || Hash32 stateRoot || Hash32 historyRoot}.
 */
public record VoteTarget(
    Hash32 blockId,
    Height height,
    Slot slot,
    Slot claimSlot,
    long generation,
    Hash32 nextSetHash,
    Hash32 stateRoot,
    Hash32 historyRoot) {
  public static final int SIZE = 32 + 8 + 8 + 8 + 8 + 32 * 3;

  public static final Codec<VoteTarget> CODEC =
      Codec.of(
          SIZE,
          (w, t) -> {
            Hash32.CODEC.write(w, t.blockId);
            Height.CODEC.write(w, t.height);
            Slot.CODEC.write(w, t.slot);
            Slot.CODEC.write(w, t.claimSlot);
            w.u64(t.generation);
            Hash32.CODEC.write(w, t.nextSetHash);
            Hash32.CODEC.write(w, t.stateRoot);
            Hash32.CODEC.write(w, t.historyRoot);
          },
          r -> {
            int start = r.position();
            Hash32 id = Hash32.CODEC.read(r);
            Height height = Height.CODEC.read(r);
            Slot slot = Slot.CODEC.read(r);
            Slot claim = Slot.CODEC.read(r);
            long generation = r.u63();
            Hash32 next = Hash32.CODEC.read(r);
            Hash32 state = Hash32.CODEC.read(r);
            Hash32 history = Hash32.CODEC.read(r);
            return r.build(
                start,
                () -> new VoteTarget(id, height, slot, claim, generation, next, state, history));
          });

  public VoteTarget {
    if (generation < 0) {
      throw new IllegalArgumentException("a generation is not negative");
    }
    if (claimSlot.compareTo(slot) > 0) {
      throw new IllegalArgumentException("a block cannot claim a certificate from a later slot");
    }
  }

  /** The target of a vote for {@code header}. */
  public static VoteTarget of(BlockHeader header, ChainId chainId) {
    HeaderBody b = header.body();
    return new VoteTarget(
        b.id(chainId),
        b.height(),
        b.slot(),
        b.qcClaim().slot(),
        b.setGeneration(),
        b.nextSetHash(),
        b.stateRoot(),
        b.historyRoot());
  }

  /** The finality digest: {@code digest(FINALITY, chainId, encode(target))}. */
  public Hash32 finalityDigest(ChainId chainId) {
    return Domain.FINALITY.digest(chainId, CODEC.encode(this));
  }

  /**
   * What a vote of the given strength signs: {@code digest(VOTE, chainId, finalityDigest || u8
   * strong)}. Strong and weak votes sign different messages, so one cannot pass for the other.
   */
  public Hash32 signingDigest(ChainId chainId, boolean strong) {
    byte[] message = new byte[Hash32.SIZE + 1];
    finalityDigest(chainId).copyTo(message, 0);
    message[Hash32.SIZE] = (byte) (strong ? 1 : 0);
    return Domain.VOTE.digest(chainId, message);
  }
}
