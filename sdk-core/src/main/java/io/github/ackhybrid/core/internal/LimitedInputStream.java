package io.github.ackhybrid.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a response body through until more than a limit has been read, then fails with
 * {@link LimitExceededException}, so a hostile or broken server cannot make the SDK buffer an
 * unbounded answer. Counting happens as the decoder pulls bytes, which covers chunked bodies that
 * declare no length.
 */
public final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final Runnable onExceeded;
  private long count;

  /**
   * Wraps a stream.
   *
   * @param in the body stream
   * @param limit the most bytes that may be read
   * @param onExceeded run once the limit is passed, before the failure is thrown and so before
   *     anyone closes the stream; callers cancel the HTTP exchange there, because closing an unread
   *     OkHttp body drains what is left of it in order to reuse the connection
   */
  public LimitedInputStream(InputStream in, long limit, Runnable onExceeded) {
    super(in);
    this.limit = limit;
    this.onExceeded = onExceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    // Asking for at most one byte past the limit is enough to notice that the body goes beyond it.
    long allowed = limit - count + 1;
    int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, allowed)));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) throws LimitExceededException {
    count += n;
    if (count > limit) {
      onExceeded.run();
      throw new LimitExceededException(limit);
    }
  }

  /** Thrown by a {@link LimitedInputStream} once the body goes past its limit. */
  public static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    LimitExceededException(long limit) {
      super("the response body is larger than " + limit + " bytes");
      this.limit = limit;
    }

    /**
     * Returns the limit that was exceeded.
     *
     * @return the limit in bytes
     */
    public long limit() {
      return limit;
    }

    /**
     * Tells whether a failure was caused by a body over its limit, however a decoder wrapped it.
     *
     * @param error the failure
     * @return true if a {@link LimitExceededException} is in its cause chain
     */
    public static boolean isCauseOf(Throwable error) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (t instanceof LimitExceededException) {
          return true;
        }
      }
      return false;
    }
  }
}
