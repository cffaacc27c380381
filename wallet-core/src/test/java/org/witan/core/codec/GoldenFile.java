package org.witan.core.codec;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The text form of a golden encoding: one comment line {@code # <TypeName>: <description>}, then
 * the canonical bytes as lower-case hex, 64 digits (32 bytes) per line.
 */
public record GoldenFile(String comment, String hex) {
  static final int HEX_PER_LINE = 64;

  public static GoldenFile of(String comment, byte[] bytes) {
    return new GoldenFile(comment, HexFormat.of().formatHex(bytes));
  }

  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  /** The exact text of a golden file. */
  public String render() {
    StringBuilder out = new StringBuilder(comment).append('\n');
    for (int i = 0; i < hex.length(); i += HEX_PER_LINE) {
      out.append(hex, i, Math.min(hex.length(), i + HEX_PER_LINE)).append('\n');
    }
    return out.toString();
  }

  /** Parses a golden file: the comment line, then hex lines (blank lines ignored). */
  public static GoldenFile parse(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
      throw new IllegalArgumentException("a golden file starts with a '# Type: description' line");
    }
    String comment = lines.remove(0);
    StringBuilder hex = new StringBuilder();
    for (String line : lines) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        if (!trimmed.equals(trimmed.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("golden hex is lower case: " + trimmed);
        }
        hex.append(trimmed);
      }
    }
    return new GoldenFile(comment, HexFormat.of().formatHex(HexFormat.of().parseHex(hex)));
  }
}
