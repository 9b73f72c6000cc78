package io.github.ackhybrid.nodepool.internal;

import java.nio.charset.StandardCharsets;

/**
 * A range of a response's UTF-8 bytes that becomes text only when read. A pool keeps its JSON for
 * read-modify-write this way: most pools that are listed are never updated, and decoding each one
 * to a {@code String} up front would cost as much again as binding it. The bytes are the decoder's
 * own and are never written after the slice is made.
 */
final class Utf8Slice implements CharSequence {
  private final byte[] bytes;
  private final int offset;
  private final int length;
  private String text;

  Utf8Slice(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  @Override
  public int length() {
    return toString().length();
  }

  @Override
  public char charAt(int index) {
    return toString().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().subSequence(start, end);
  }

  /** The text, decoded on first use; a race decodes it twice into equal strings, which is harmless. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = new String(bytes, offset, length, StandardCharsets.UTF_8);
      text = t;
    }
    return t;
  }
}
