package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.block.Block;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
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
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;

/**
 * The byte layouts of {@code docs/protocol.md}, assembled by hand from the fields of the fixtures
 * without the project's codecs, compared with what the codecs produce. The golden files pin the
 * codecs; this test ties them to the document.
 */
class ProtocolLayoutTest {

  @Test
  void qcClaim() {
    QcClaim c = Fixtures.qcClaim();
    assertLayout(qcClaim(c), QcClaim.CODEC.encode(c));
  }

  @Test
  void headerBodyAndHeader() {
    BlockHeader h = Fixtures.header();
    assertLayout(headerBody(h.body()), HeaderBody.CODEC.encode(h.body()));
    assertLayout(header(h), BlockHeader.CODEC.encode(h));
  }

  @Test
  void voteTargetAndVotes() {
    VoteTarget t = Fixtures.voteTarget();
    assertLayout(target(t), VoteTarget.CODEC.encode(t));
    for (Vote v : List.of(Fixtures.strongVote(), Fixtures.weakVote())) {
      assertLayout(vote(v), Vote.CODEC.encode(v));
    }
  }

  @Test
  void signerBitmapAndCertificate() {
    SignerBitmap b = Fixtures.signerBitmap();
    assertLayout(new Bytes().hex("03ef6f60"), SignerBitmap.CODEC.encode(b));
    QuorumCertificate qc = Fixtures.certificate();
    assertLayout(certificate(qc), QuorumCertificate.CODEC.encode(qc));
  }

  @Test
  void transferBodyAndTransaction() {
    Transaction tx = ActionFixtures.transaction(ActionKind.TRANSFER);
    TxBody b = tx.body();
    Transfer t = (Transfer) b.action();
    Bytes body =
        new Bytes()
            .raw(b.sender().bytes())
            .u64(b.nonce())
            .u64(b.fee().unsignedUnits())
            .u64(b.expiry())
            .hex("00")
            .hex("00")
            .raw(t.to().bytes())
            .u64(t.amount().unsignedUnits())
            .u8(t.memo().size())
            .raw(t.memo().bytes());
    assertLayout(body, TxBody.CODEC.encode(b));
    Bytes whole = new Bytes().raw(body.bytes()).raw(tx.signature().bytes()).hex("00");
    assertLayout(whole, Transaction.CODEC.encode(tx));
  }

  @Test
  void cosignaturesFollowTheSenderSignatureInCosignerOrder() {
    Transaction tx = ActionFixtures.cosignedTransaction();
    byte[] body = TxBody.CODEC.encode(tx.body());
    Bytes expected =
        new Bytes()
            .raw(body)
            .raw(tx.signature().bytes())
            .u8(2)
            .raw(tx.cosignatures().get(0).bytes())
            .raw(tx.cosignatures().get(1).bytes());
    assertLayout(expected, Transaction.CODEC.encode(tx));
  }

  @Test
  void partnerOwnersProducerAndSet() {
    Partner p = Fixtures.partner();
    String url = p.endpoint().orElseThrow().url();
    Bytes partner =
        new Bytes()
            .raw(p.account().bytes())
            .u8(p.roles().mask())
            .hex("01")
            .u8(url.length())
            .raw(url.getBytes(StandardCharsets.US_ASCII))
            .u16(p.shareBps());
    assertLayout(partner, Partner.CODEC.encode(p));

    Owners o = Fixtures.owners();
    Bytes owners = new Bytes().u8(o.keys().size());
    o.keys().forEach(k -> owners.raw(k.bytes()));
    owners.u8(o.threshold());
    assertLayout(owners, Owners.CODEC.encode(o));

    Producer pr = Fixtures.producer();
    assertLayout(producer(pr), Producer.CODEC.encode(pr));

    ProducerSet set = Fixtures.currentSet().set();
    Bytes expected = new Bytes().u64(set.generation()).u8(set.size());
    set.producers().forEach(x -> expected.raw(producer(x).bytes()));
    assertLayout(expected, ProducerSet.CODEC.encode(set));
  }

  @Test
  void evidenceIsATagThenTwoItems() {
    var dp = Fixtures.doubleProposal();
    assertLayout(
        new Bytes().hex("00").raw(header(dp.first()).bytes()).raw(header(dp.second()).bytes()),
        Evidence.CODEC.encode(dp));
    var cv = Fixtures.conflictingVotes();
    assertLayout(
        new Bytes().hex("01").raw(vote(cv.first()).bytes()).raw(vote(cv.second()).bytes()),
        Evidence.CODEC.encode(cv));
  }

  @Test
  void block() {
    Block b = Fixtures.block();
    Bytes expected = new Bytes().raw(header(b.header()).bytes()).u8(b.transactions().size());
    b.transactions().forEach(tx -> expected.raw(Transaction.CODEC.encode(tx)));
    expected.u8(b.certificates().size());
    b.certificates().forEach(qc -> expected.raw(certificate(qc).bytes()));
    expected.hex("01").raw(ProducerSet.CODEC.encode(b.nextSet().orElseThrow()));
    assertLayout(expected, Block.CODEC.encode(b));
  }

  @Test
  void transactionIdIsTheDomainSeparatedDigestOfTheBody() throws NoSuchAlgorithmException {
    TxBody body = ActionFixtures.body(ActionKind.TRANSFER);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((byte) 11);
    sha.update("WITAN/TX/v1".getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 10);
    sha.update("witan-test".getBytes(StandardCharsets.US_ASCII));
    sha.update(TxBody.CODEC.encode(body));
    assertEquals(HexFormat.of().formatHex(sha.digest()), body.id(Fixtures.CHAIN).toHex());
  }

  @Test
  void voteSigningDigestCoversTheFinalityDigestAndTheStrength() throws NoSuchAlgorithmException {
    VoteTarget t = Fixtures.voteTarget();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((byte) 17);
    sha.update("WITAN/FINALITY/v1".getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 10);
    sha.update("witan-test".getBytes(StandardCharsets.US_ASCII));
    sha.update(VoteTarget.CODEC.encode(t));
    byte[] finality = sha.digest();
    assertEquals(HexFormat.of().formatHex(finality), t.finalityDigest(Fixtures.CHAIN).toHex());
    for (boolean strong : new boolean[] {true, false}) {
      sha.update((byte) 13);
      sha.update("WITAN/VOTE/v1".getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) 10);
      sha.update("witan-test".getBytes(StandardCharsets.US_ASCII));
      sha.update(finality);
      sha.update((byte) (strong ? 1 : 0));
      assertEquals(
          HexFormat.of().formatHex(sha.digest()), t.signingDigest(Fixtures.CHAIN, strong).toHex());
    }
  }

  private static Bytes qcClaim(QcClaim c) {
    return new Bytes()
        .u64(c.height().value())
        .u64(c.slot().value())
        .raw(c.blockId().bytes())
        .bool(c.strong());
  }

  private static Bytes headerBody(HeaderBody b) {
    return new Bytes()
        .u16(b.version())
        .u64(b.height().value())
        .u64(b.slot().value())
        .raw(b.parent().bytes())
        .u32(b.producer().value())
        .raw(b.txRoot().bytes())
        .u32(b.txCount())
        .raw(b.stateRoot().bytes())
        .raw(b.historyRoot().bytes())
        .u64(b.setGeneration())
        .raw(b.setHash().bytes())
        .raw(b.nextSetHash().bytes())
        .raw(qcClaim(b.qcClaim()).bytes());
  }

  private static Bytes header(BlockHeader h) {
    return new Bytes().raw(headerBody(h.body()).bytes()).raw(h.signature().bytes());
  }

  private static Bytes target(VoteTarget t) {
    return new Bytes()
        .raw(t.blockId().bytes())
        .u64(t.height().value())
        .u64(t.slot().value())
        .u64(t.claimSlot().value())
        .u64(t.generation())
        .raw(t.nextSetHash().bytes())
        .raw(t.stateRoot().bytes())
        .raw(t.historyRoot().bytes());
  }

  private static Bytes vote(Vote v) {
    return new Bytes()
        .raw(target(v.target()).bytes())
        .bool(v.strong())
        .raw(v.voter().bytes())
        .raw(v.signature().bytes());
  }

  private static Bytes certificate(QuorumCertificate qc) {
    Bytes out =
        new Bytes()
            .raw(target(qc.target()).bytes())
            .u64(qc.signerGeneration())
            .u8(qc.strong().byteLength())
            .raw(qc.strong().bytes())
            .u8(qc.weak().byteLength())
            .raw(qc.weak().bytes())
            .u8(qc.signatures().size());
    for (Signature s : qc.signatures()) {
      out.raw(s.bytes());
    }
    return out;
  }

  private static Bytes producer(Producer p) {
    Bytes out = new Bytes().u32(p.team().value()).raw(p.signerKey().bytes());
    out.bool(p.standbyKey().isPresent());
    p.standbyKey().map(PublicKey::bytes).ifPresent(out::raw);
    return out.raw(p.attesterKey().bytes());
  }

  private static void assertLayout(Bytes expected, byte[] actual) {
    assertEquals(HexFormat.of().formatHex(expected.bytes()), HexFormat.of().formatHex(actual));
  }

  /** Big-endian fields appended by hand; single-byte lengths only (every fixture needs one). */
  private static final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Bytes hex(String hex) {
      return raw(HexFormat.of().parseHex(hex));
    }

    Bytes u8(int value) {
      if (value < 0 || value > 0x7F) {
        throw new IllegalArgumentException("keep hand-made lengths to one varint byte: " + value);
      }
      out.write(value);
      return this;
    }

    Bytes bool(boolean value) {
      out.write(value ? 1 : 0);
      return this;
    }

    Bytes u16(int value) {
      out.write(value >>> 8);
      out.write(value & 0xFF);
      return this;
    }

    Bytes u32(long value) {
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write((int) (value >>> shift) & 0xFF);
      }
      return this;
    }

    Bytes u64(long value) {
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (value >>> shift) & 0xFF);
      }
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
