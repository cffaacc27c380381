package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.witan.core.codec.GoldenCases.Case;

/**
 * The golden encodings in {@code src/test/resources/golden/}, the anchor of the protocol document:
 * for each fixture, its encoding equals the file, the file decodes to the fixture, and the decoded
 * value re-encodes to the file; and the derived digests equal {@code digests.txt}.
 *
 * <p>Run with {@code -Dwitan.golden.write=true} to rewrite the files from the fixtures instead
 * (deliberately, after a protocol change: see {@code golden/README.md}); without it the test only
 * compares and fails on any difference.
 */
class GoldenEncodingTest {
  private static final String WRITE_PROPERTY = "witan.golden.write";
  private static final String DIGESTS = "digests.txt";
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden");

  /** With {@code -Dwitan.golden.write=true}, rewrites every file before the tests compare. */
  @BeforeAll
  static void writeIfAsked() {
    if (!writing()) {
      return;
    }
    for (Case<?> c : GoldenCases.all()) {
      write(c.file(), GoldenFile.of(c.comment(), encode(c)).render());
    }
    StringBuilder digests =
        new StringBuilder(
            "# Derived digests of the golden fixtures on chain witan-test: name = SHA-256 hex\n");
    GoldenCases.digests()
        .forEach((name, hex) -> digests.append(name).append(" = ").append(hex).append('\n'));
    write(DIGESTS, digests.toString());
  }

  private static <T> byte[] encode(Case<T> c) {
    return c.codec().encode(c.value());
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenFileIsTheEncodingOfItsFixture() {
    return GoldenCases.all().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> check(c)));
  }

  private static <T> void check(Case<T> c) throws DecodingException {
    byte[] encoded = c.codec().encode(c.value());
    String expectedText = GoldenFile.of(c.comment(), encoded).render();
    String text = read(c.file());
    GoldenFile golden = GoldenFile.parse(text);

    assertEquals(
        golden.hex(),
        hex(encoded),
        "encode(fixture) differs from golden/"
            + c.file()
            + ": the encoding changed. If that is intended, regenerate (golden/README.md)");
    assertEquals(expectedText, text, "golden/" + c.file() + " is not in the canonical layout");
    T decoded = c.codec().decode(golden.bytes());
    assertEquals(c.value(), decoded, "golden/" + c.file() + " decodes to another value");
    assertArrayEquals(golden.bytes(), c.codec().encode(decoded));
  }

  @Test
  void derivedDigestsAreThePinnedOnes() {
    Map<String, String> expected = GoldenCases.digests();
    Map<String, String> pinned = parseDigests(read(DIGESTS));
    expected.forEach(
        (name, hex) -> assertEquals(hex, pinned.get(name), name + " in golden/" + DIGESTS));
    assertEquals(expected.keySet(), pinned.keySet(), "the digests named in golden/" + DIGESTS);
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    Set<String> expected =
        GoldenCases.all().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    expected.add(DIGESTS);
    expected.add("README.md");
    Set<String> present;
    try (Stream<Path> files = Files.list(directory())) {
      // Subfolders hold other suites' golden files (merkle/: MerkleGoldenTest).
      present =
          files
              .filter(Files::isRegularFile)
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(expected, present);
  }

  private static Map<String, String> parseDigests(String text) {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String line : text.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf(" = ");
      assertTrue(eq > 0, "digest lines are 'name = hex': " + line);
      digests.put(line.substring(0, eq), line.substring(eq + 3));
    }
    return digests;
  }

  private static boolean writing() {
    return Boolean.parseBoolean(System.getProperty(WRITE_PROPERTY, "false"));
  }

  /**
   * The golden directory: the source tree when the test runs in the wallet-core module directory
   * (as surefire runs it), so a deleted file cannot linger in {@code target/}; otherwise the copy
   * on the test class path.
   */
  private static Path directory() {
    Path source = SOURCE_DIR.toAbsolutePath();
    if (Files.isDirectory(source)) {
      return source;
    }
    if (writing()) {
      throw new IllegalStateException(
          source + " does not exist: write golden files from the wallet-core module directory");
    }
    URL url = GoldenEncodingTest.class.getResource("/golden/README.md");
    if (url == null) {
      throw new IllegalStateException("golden/ is neither in " + source + " nor on the class path");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String file) {
    Path path = directory().resolve(file);
    if (!Files.exists(path)) {
      throw new AssertionError("missing golden file golden/" + file + " (see golden/README.md)");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String file, String text) {
    try {
      Files.writeString(directory().resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
