/** An in-process simulator of the ACK, ASM and billing APIs, for tests and demos with no account and no network. */
module io.github.ackhybrid.testing {
  requires transitive io.github.ackhybrid.core;
  requires okhttp3.mockwebserver;
  requires okhttp3;
  requires okhttp3.tls;
  requires transitive org.junit.jupiter.api;
  requires java.logging;

  exports io.github.ackhybrid.testing;
}
