package io.github.ackhybrid.core.internal;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body stream that knows the length the server declared, so that a decoder reading the
 * whole body ({@link #readAllBytes()}) gets it in one array of the right size. The JDK's default
 * reads in 8 KiB chunks and copies them into a final array, which more than doubles what a large
 * answer costs to hold.
 */
final class BodyStream extends FilterInputStream {
  // Arrays this large are refused by some VMs; a declared length beyond it is read the default way.
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long declaredLength;

  /**
   * Wraps a body.
   *
   * @param body the body stream
   * @param declaredLength the {@code Content-Length}, or -1 when unknown
   */
  BodyStream(InputStream body, long declaredLength) {
    super(body);
    this.declaredLength = declaredLength;
  }

  /**
   * Reads the rest of the body.
   *
   * @return the bytes
   * @throws EOFException if the body ends before its declared length
   * @throws IOException if the body cannot be read
   */
  @Override
  public byte[] readAllBytes() throws IOException {
    if (declaredLength < 0 || declaredLength > MAX_ARRAY) {
      return super.readAllBytes();
    }
    byte[] bytes = new byte[(int) declaredLength];
    int read = in.readNBytes(bytes, 0, bytes.length);
    if (read < bytes.length) {
      throw new EOFException("the body ended after " + read + " of its " + declaredLength + " bytes");
    }
    return bytes;
  }
}
