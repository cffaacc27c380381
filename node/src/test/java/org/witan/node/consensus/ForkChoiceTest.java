package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.VoteTarget;

/** The best branch: newest certified block first, then length, then the lowest tip id. */
class ForkChoiceTest {
  private final TestChain chain = new TestChain(4);
  private final BlockTree tree = new BlockTree(chain.genesis);
  private final CertificateBook book = new CertificateBook();

  private BlockEntry add(BlockEntry e) {
    tree.add(e);
    return e;
  }

  private void certify(BlockEntry e) {
    VoteTarget target = VoteTarget.of(e.block().header(), TestChain.CONFIG.chainId());
    QuorumCertificate qc = chain.signing.strongCertificate(target, TestChain.CONFIG.chainId(), 3);
    book.offer(e.id(), new Certification(List.of(qc), true));
  }

  @Test
  void theNewestCertificateBeatsLength() {
    BlockEntry a1 = add(chain.child(chain.genesis, 1, tree));
    BlockEntry a2 = add(chain.child(a1, 2, tree));
    BlockEntry a3 = add(chain.child(a2, 3, tree));
    BlockEntry b4 = add(chain.child(chain.genesis, 4, tree));
    assertEquals(a3, ForkChoice.best(tree, book), "no certificates: the longest");
    certify(a1);
    assertEquals(a3, ForkChoice.best(tree, book));
    certify(b4);
    assertEquals(b4, ForkChoice.best(tree, book), "b4 at slot 4 is certified, a1 at slot 1");
    assertEquals(b4, ForkChoice.newestCertified(tree, book, b4));
    assertEquals(a1, ForkChoice.newestCertified(tree, book, a3));
  }

  @Test
  void equalBranchesGoToTheLowestId() {
    BlockEntry x =
        add(chain.child(chain.genesis, 1, chain.genesis, true, java.util.Optional.empty(), "x"));
    BlockEntry y =
        add(chain.child(chain.genesis, 1, chain.genesis, true, java.util.Optional.empty(), "y"));
    BlockEntry best = ForkChoice.best(tree, book);
    assertEquals(x.id().compareTo(y.id()) < 0 ? x : y, best);
    assertEquals(chain.genesis, ForkChoice.newestCertified(tree, book, x));
  }
}
