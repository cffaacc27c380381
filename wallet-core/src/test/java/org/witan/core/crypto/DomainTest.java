package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.witan.core.value.ChainId;

/**
 * Domain separation: the digest layout, and that nothing signed for one use verifies for another.
 */
class DomainTest {
  private static final List<ChainId> CHAINS = List.of(ChainId.of("witan-1"), ChainId.of("witan-2"));
  private static final byte[] CANONICAL = {1, 2};

  /** SHA-256(u8 len(tag) || tag || u8 len(chain) || chain || bytes), computed here. */
  private static byte[] expected(String tag, String chain, byte[] canonical)
      throws NoSuchAlgorithmException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write(tag.length());
    input.writeBytes(tag.getBytes(StandardCharsets.US_ASCII));
    input.write(chain.length());
    input.writeBytes(chain.getBytes(StandardCharsets.US_ASCII));
    input.writeBytes(canonical);
    return MessageDigest.getInstance("SHA-256").digest(input.toByteArray());
  }

  /** Pinned digests over bytes 01 02 on chain witan-1, computed with Python's hashlib. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TRANSACTION, WITAN/TX/v1, d5c58683f8a0027d70b0a73448adef9a18ab7d21217bcb3660ef6248bfaebccb",
    "HEADER, WITAN/HEADER/v1, 6b934972ab10991b163f6e97f38c457dc6c7f116caf495c4ed394958b8c10141",
    "VOTE, WITAN/VOTE/v1, b5112a783a4a7639cdaff5bdb852a327f16c2e0b624f803a38956b58add11b1f",
    "PRODUCER_SET, WITAN/SET/v1, 48c9968f93a24edfaa4ab6a252cc33137b9fa2e5c60cc6d3081f50757b8ae422",
    "FINALITY, WITAN/FINALITY/v1, af50937ba9a996dcf39a540931a77516805773a00b70a3b4ad18be8ace7584c1",
  })
  void digestIsPinned(Domain domain, String tag, String digest) throws NoSuchAlgorithmException {
    assertEquals(tag, domain.tag());
    assertEquals(digest, domain.digest(ChainId.of("witan-1"), CANONICAL).toHex());
    assertEquals(digest, HexFormat.of().formatHex(expected(tag, "witan-1", CANONICAL)));
  }

  @ParameterizedTest
  @EnumSource(Domain.class)
  void digestMatchesTheDocumentedLayout(Domain domain) throws NoSuchAlgorithmException {
    for (ChainId chain : CHAINS) {
      for (byte[] canonical : List.of(new byte[0], CANONICAL, new byte[1000])) {
        assertArrayEquals(
            expected(domain.tag(), chain.value(), canonical),
            domain.digest(chain, canonical).bytes());
      }
    }
  }

  @Test
  void everyDomainAndChainGivesADifferentDigest() {
    Set<Hash32> digests = new HashSet<>();
    for (Domain domain : Domain.values()) {
      for (ChainId chain : CHAINS) {
        assertTrue(digests.add(domain.digest(chain, CANONICAL)), domain + " on " + chain);
      }
    }
    assertEquals(Domain.values().length * CHAINS.size(), digests.size());
  }

  @Test
  void lengthPrefixesKeepChainAndBytesApart() {
    // Without the chain id's length, chain "witan-1" + bytes "2" and chain "witan-12" + nothing
    // would hash the same input.
    assertNotEquals(
        Domain.TRANSACTION.digest(ChainId.of("witan-1"), new byte[] {'2'}),
        Domain.TRANSACTION.digest(ChainId.of("witan-12"), new byte[0]));
  }

  @Test
  void aSignatureVerifiesOnlyForItsOwnDomainAndChain() {
    try (SigningKey key = SigningKey.fromSeed(new byte[32])) {
      for (Domain signedFor : Domain.values()) {
        for (ChainId signedOn : CHAINS) {
          Signature signature = key.sign(signedFor, signedOn, CANONICAL);
          for (Domain domain : Domain.values()) {
            for (ChainId chain : CHAINS) {
              boolean same = domain == signedFor && chain.equals(signedOn);
              assertEquals(
                  same,
                  Ed25519.verify(key.publicKey(), domain, chain, CANONICAL, signature),
                  "signed for "
                      + signedFor
                      + " on "
                      + signedOn
                      + ", checked as "
                      + domain
                      + " on "
                      + chain);
            }
          }
        }
      }
    }
  }
}
