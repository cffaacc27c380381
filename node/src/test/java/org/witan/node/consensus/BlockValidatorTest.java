package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.witan.core.block.Block;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.testing.Keys;
import org.witan.core.value.Slot;

/**
 * Every reason a block is refused on its parent's chain, on a real four-producer chain: blocks
 * built by {@link BlockProducer} pass, and one field changed (and signed again, so only that field
 * is wrong) fails with its reason.
 */
class BlockValidatorTest {
  private final TestNet net = new TestNet(4);
  private final CertificateBook book = new CertificateBook();
  private final BlockValidator validator =
      new BlockValidator(net.config, net.stateMachine, SignatureChecks.DIRECT);
  private BlockEntry b1;
  private Block b2;

  @BeforeEach
  void twoBlocks() {
    Block first = net.produce(net.tree.root(), 1, book);
    b1 = accept(first, net.tree.root());
    book.offer(b1.id(), net.certify(b1, 3, 0));
    b2 = net.produce(b1, 2, book);
  }

  private BlockEntry accept(Block block, BlockEntry parent) {
    BlockValidator.Outcome o = validator.validate(block, parent, net.tree);
    assertTrue(o.verdict().isAccepted(), o.verdict().toString());
    net.tree.add(o.entry().orElseThrow());
    return o.entry().orElseThrow();
  }

  private BlockRejection reject(Block block, BlockEntry parent) {
    BlockValidator.Outcome o = validator.validate(block, parent, net.tree);
    assertTrue(!o.verdict().isAccepted(), "accepted " + block.header().body());
    return o.verdict().reason();
  }

  @Test
  void producedBlocksAreValidAndClaimTheNewestCertificate() {
    assertEquals(new QcClaim(b1.height(), b1.slot(), b1.id(), true), b2.header().body().qcClaim());
    assertEquals(1, b2.certificates().size());
    BlockEntry e2 = accept(b2, b1);
    assertEquals(b1.ref(), e2.claim());
    assertEquals(0, b1.claim().height().value(), "b1 claims genesis, by its id");
    assertEquals(net.tree.root().id(), b1.header().qcClaim().blockId());
    assertTrue(b1.block().certificates().isEmpty());
  }

  @Test
  void aBlockMustBeAChildOfItsParent() {
    assertEquals(BlockRejection.NOT_A_CHILD, reject(b2, net.tree.root()));
    Block sameSlot = net.resign(b2, with(b2, Slot.of(1)));
    assertEquals(BlockRejection.NOT_A_CHILD, reject(sameSlot, b1));
  }

  @Test
  void theHeaderMustBeSignedByTheScheduledProducer() {
    BlockHeader forged =
        BlockHeader.sign(b2.header().body(), net.config.chainId(), TestNet.key(3, "signer"));
    Block block = new Block(forged, b2.transactions(), b2.certificates(), b2.nextSet());
    assertEquals(BlockRejection.BAD_HEADER, reject(block, b1));
  }

  @Test
  void aNewerClaimNeedsItsCertificatesAndARepeatedClaimNone() {
    Block bare = new Block(b2.header(), b2.transactions(), List.of(), b2.nextSet());
    assertEquals(BlockRejection.BAD_CERTIFICATE, reject(net.resign(bare, b2.header().body()), b1));
    // The same claim as the parent's (genesis) must carry nothing.
    HeaderBody repeat = withClaim(b2, b1.header().qcClaim());
    Block repeated = net.resign(bare, repeat);
    assertTrue(validator.validate(repeated, b1, net.tree).verdict().isAccepted());
  }

  @Test
  void aClaimMustNotOverstateItsCertificates() {
    Certification weak = net.certify(b1, 2, 1);
    Block weakCerts = new Block(b2.header(), b2.transactions(), weak.certificates(), b2.nextSet());
    assertEquals(BlockRejection.BAD_CERTIFICATE, reject(weakCerts, b1), "claimed strong, is weak");
    HeaderBody weakClaim = withClaim(b2, new QcClaim(b1.height(), b1.slot(), b1.id(), false));
    Block honest = net.resign(weakCerts, weakClaim);
    assertTrue(validator.validate(honest, b1, net.tree).verdict().isAccepted());
    Block understated =
        net.resign(
            new Block(b2.header(), b2.transactions(), b2.certificates(), b2.nextSet()), weakClaim);
    assertEquals(BlockRejection.BAD_CERTIFICATE, reject(understated, b1), "strong claimed as weak");
  }

  @Test
  void theClaimMustNameABlockOfThisChain() {
    Block bare = new Block(b2.header(), b2.transactions(), List.of(), b2.nextSet());
    HeaderBody wrongId =
        withClaim(b2, new QcClaim(b1.height(), b1.slot(), Keys.hashOf("elsewhere"), true));
    assertEquals(BlockRejection.BAD_CLAIM, reject(net.resign(bare, wrongId), b1));
    // Claims never go back: a child of b2 (which claims b1) cannot claim genesis again.
    BlockEntry e2 = accept(b2, b1);
    Block b3 = net.produce(e2, 3, new CertificateBook());
    HeaderBody older = withClaim(b3, b1.header().qcClaim());
    assertEquals(
        BlockRejection.BAD_CLAIM,
        reject(net.resign(new Block(b3.header(), List.of(), List.of(), b3.nextSet()), older), e2));
  }

  @Test
  void rootsMustBeRight() {
    HeaderBody b = b2.header().body();
    HeaderBody history =
        new HeaderBody(
            b.version(),
            b.height(),
            b.slot(),
            b.parent(),
            b.producer(),
            b.txRoot(),
            b.txCount(),
            b.stateRoot(),
            Keys.hashOf("history"),
            b.setGeneration(),
            b.setHash(),
            b.nextSetHash(),
            b.qcClaim());
    assertEquals(BlockRejection.BAD_HISTORY_ROOT, reject(net.resign(b2, history), b1));
    HeaderBody state =
        new HeaderBody(
            b.version(),
            b.height(),
            b.slot(),
            b.parent(),
            b.producer(),
            b.txRoot(),
            b.txCount(),
            Keys.hashOf("state"),
            b.historyRoot(),
            b.setGeneration(),
            b.setHash(),
            b.nextSetHash(),
            b.qcClaim());
    assertEquals(BlockRejection.BAD_STATE_ROOT, reject(net.resign(b2, state), b1));
  }

  private static HeaderBody with(Block block, Slot slot) {
    HeaderBody b = block.header().body();
    return new HeaderBody(
        b.version(),
        b.height(),
        slot,
        b.parent(),
        b.producer(),
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        b.setGeneration(),
        b.setHash(),
        b.nextSetHash(),
        b.qcClaim().slot().compareTo(slot) > 0
            ? new QcClaim(b.qcClaim().height(), slot, b.qcClaim().blockId(), b.qcClaim().strong())
            : b.qcClaim());
  }

  private static HeaderBody withClaim(Block block, QcClaim claim) {
    HeaderBody b = block.header().body();
    return new HeaderBody(
        b.version(),
        b.height(),
        b.slot(),
        b.parent(),
        b.producer(),
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        b.setGeneration(),
        b.setHash(),
        b.nextSetHash(),
        claim);
  }
}
