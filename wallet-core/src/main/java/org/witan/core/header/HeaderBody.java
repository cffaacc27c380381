package org.witan.core.header;

import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Domain;
import org.witan.core.crypto.Hash32;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * What a producer signs for a block. The block id is {@code digest(HEADER, chainId, encode(body))},
 * the same digest the producer signs.
 *
 * <p>{@code setGeneration} and {@code setHash} name the producer set active at this block; {@code
 * nextSetHash} equals {@code setHash} except in the epoch-boundary block that announces the next
 * set (its body carries that set). {@code txCount} is the number of transactions, so that the
 * transaction root and its proofs are bound to a tree size. {@code historyRoot} commits to the ids
 * of all blocks before this one; {@code stateRoot} is the state after this block.
 *
 * <p>Encoding: {@code u16 version || Height height || Slot slot || Hash32 parent || TeamId producer
 * || Hash32 txRoot || Hash32 stateRoot || Hash32 historyRoot || u63 setGeneration || Hash32 setHash
 * || Hash32 nextSetHash || QcClaim qcClaim}.
 */
public record HeaderBody(
    int version,
    Height height,
    Slot slot,
    Hash32 parent,
    TeamId producer,
    Hash32 txRoot,
    long txCount,
    Hash32 stateRoot,
    Hash32 historyRoot,
    long setGeneration,
    Hash32 setHash,
    Hash32 nextSetHash,
    QcClaim qcClaim) {
  /** The only header version so far. */
  public static final int VERSION = 1;

  public static final int SIZE = 2 + 8 + 8 + 32 + 4 + 32 + 4 + 32 * 2 + 8 + 32 * 2 + 49;

  public static final Codec<HeaderBody> CODEC = Codec.of(SIZE, HeaderBody::write, HeaderBody::read);

  public HeaderBody {
    if (version != VERSION) {
      throw new IllegalArgumentException("unsupported header version " + version);
    }
    if (txCount < 0 || txCount > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a transaction count is a u32: " + txCount);
    }
    if (setGeneration < 0) {
      throw new IllegalArgumentException("a generation is not negative");
    }
    if (qcClaim.height().compareTo(height) >= 0 && !height.isGenesis()) {
      throw new IllegalArgumentException("a block can only claim a certificate of an ancestor");
    }
    if (qcClaim.slot().compareTo(slot) > 0) {
      // VoteTarget.of refuses such a header: a vote target's claim slot is never above its slot.
      throw new IllegalArgumentException("a block cannot claim a certificate from a later slot");
    }
  }

  /** The block id on {@code chainId}. */
  public Hash32 id(ChainId chainId) {
    return Domain.HEADER.digest(chainId, CODEC.encode(this));
  }

  private static void write(Writer w, HeaderBody h) {
    w.u16(h.version);
    Height.CODEC.write(w, h.height);
    Slot.CODEC.write(w, h.slot);
    Hash32.CODEC.write(w, h.parent);
    TeamId.CODEC.write(w, h.producer);
    Hash32.CODEC.write(w, h.txRoot);
    w.u32(h.txCount);
    Hash32.CODEC.write(w, h.stateRoot);
    Hash32.CODEC.write(w, h.historyRoot);
    w.u64(h.setGeneration);
    Hash32.CODEC.write(w, h.setHash);
    Hash32.CODEC.write(w, h.nextSetHash);
    QcClaim.CODEC.write(w, h.qcClaim);
  }

  private static HeaderBody read(Reader r) throws DecodingException {
    int start = r.position();
    int version = r.u16();
    Height height = Height.CODEC.read(r);
    Slot slot = Slot.CODEC.read(r);
    Hash32 parent = Hash32.CODEC.read(r);
    TeamId producer = TeamId.CODEC.read(r);
    Hash32 txRoot = Hash32.CODEC.read(r);
    long txCount = r.u32();
    Hash32 stateRoot = Hash32.CODEC.read(r);
    Hash32 historyRoot = Hash32.CODEC.read(r);
    long generation = r.u63();
    Hash32 setHash = Hash32.CODEC.read(r);
    Hash32 nextSetHash = Hash32.CODEC.read(r);
    QcClaim claim = QcClaim.CODEC.read(r);
    return r.build(
        start,
        () ->
            new HeaderBody(
                version,
                height,
                slot,
                parent,
                producer,
                txRoot,
                txCount,
                stateRoot,
                historyRoot,
                generation,
                setHash,
                nextSetHash,
                claim));
  }
}
