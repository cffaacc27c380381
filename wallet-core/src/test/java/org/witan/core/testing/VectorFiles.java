package org.witan.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the published vector files copied into {@code src/test/resources/vectors/} (never the
 * shared folder outside the repository). See {@code vectors/SOURCES.md} for where each came from.
 */
public final class VectorFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private VectorFiles() {}

  /** The raw bytes of {@code vectors/<name>}; fails the test if the file is missing. */
  public static byte[] bytes(String name) {
    String path = "/vectors/" + name;
    try (InputStream in = VectorFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The JSON tree of {@code vectors/<name>}. */
  public static JsonNode json(String name) {
    try {
      return JSON.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse vectors/" + name, e);
    }
  }
}
