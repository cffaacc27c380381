package org.witan.core.tx;

import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.governance.ParameterChange;
import org.witan.core.rules.Verdict;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;

/**
 * Submits a proposal with an initial deposit: a title, where its full text lives and the SHA-256 of
 * that text, and the parameter changes it makes if both chambers pass it (none for a text
 * proposal). Fields: {@code string[128] title, option<Endpoint> url, Hash32 contentHash,
 * list<ParameterChange>[16] changes (ascending by parameter), Amount deposit}.
 */
public record SubmitProposal(
    String title,
    Optional<Endpoint> url,
    Hash32 contentHash,
    List<ParameterChange> changes,
    Amount deposit)
    implements Action {
  public static final int MAX_TITLE_BYTES = 128;
  public static final int MAX_CHANGES = 16;

  /** The fields alone, without the action tag: how a proposal's state records its content. */
  public static final Codec<SubmitProposal> FIELDS_CODEC =
      Codec.of(Transaction.MAX_SIZE, (w, p) -> p.writeFields(w), SubmitProposal::read);

  public SubmitProposal {
    if (Canonical.utf8(title).length > MAX_TITLE_BYTES) {
      throw new IllegalArgumentException("a proposal title has at most 128 bytes of UTF-8");
    }
    changes = Canonical.sortedSet(changes, 0, MAX_CHANGES, "parameter changes");
  }

  @Override
  public ActionKind kind() {
    return ActionKind.SUBMIT_PROPOSAL;
  }

  @Override
  public void writeFields(Writer w) {
    w.utf8(title);
    w.optional(url, Endpoint.CODEC);
    Hash32.CODEC.write(w, contentHash);
    w.list(changes, ParameterChange.CODEC);
    Amount.CODEC.write(w, deposit);
  }

  static SubmitProposal read(Reader r) throws DecodingException {
    int start = r.position();
    String title = r.utf8(MAX_TITLE_BYTES);
    Optional<Endpoint> url = r.optional(Endpoint.CODEC);
    Hash32 hash = Hash32.CODEC.read(r);
    List<ParameterChange> changes = r.list(MAX_CHANGES, 10, ParameterChange.CODEC);
    Amount deposit = Amount.CODEC.read(r);
    return r.build(start, () -> new SubmitProposal(title, url, hash, changes, deposit));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    if (title.isBlank() || title.codePoints().anyMatch(Character::isISOControl)) {
      return TxCheck.fail(
          Rejection.INVALID_TITLE, "a proposal title is non-blank text with no control characters");
    }
    return TxCheck.positive(deposit, "the initial deposit");
  }
}
