package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.Reader;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Amount;

/** A proposal title must have one UTF-8 form, so that what is signed is what is shown. */
class SubmitProposalTitleTest {
  private static SubmitProposal withTitle(String title) {
    return new SubmitProposal(title, Optional.empty(), Hash32.ZERO, List.of(), Amount.ofWit(1));
  }

  @Test
  void refusesAnUnpairedSurrogate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> withTitle("vote \uD800 now"));
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
  }

  @Test
  void acceptsAPairedSurrogateAndCountsItsUtf8Bytes() {
    String fourBytes = "\uD83D\uDE00"; // one code point outside the BMP: 4 bytes of UTF-8
    assertEquals(fourBytes.repeat(32), withTitle(fourBytes.repeat(32)).title());
    assertThrows(IllegalArgumentException.class, () -> withTitle(fourBytes.repeat(32) + "x"));
  }

  @Test
  void roundTripsThroughTheCodec() throws Exception {
    SubmitProposal proposal = withTitle("Raise the block size \u00e9t\u00e9");
    org.witan.core.codec.Writer w = new org.witan.core.codec.Writer();
    proposal.writeFields(w);
    assertEquals(proposal, SubmitProposal.read(Reader.of(w.toByteArray())));
  }
}
