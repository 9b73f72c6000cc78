/**
 * Core of the ACK hybrid cloud SDK: configuration, credentials, request signing, the HTTP pipeline,
 * errors, retries, waiters and paginators. Service modules build on it; users mostly meet
 * {@link io.github.ackhybrid.core.CloudConfig} and the exception types.
 */
module io.github.ackhybrid.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires okhttp3;
  requires okio;
  // OkHttp is an automatic module and cannot pull in the Kotlin runtime it needs on the module path.
  requires kotlin.stdlib;
  requires io.github.resilience4j.retry;
  requires io.github.resilience4j.core;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.github.ackhybrid.core;
  exports io.github.ackhybrid.core.auth;
  exports io.github.ackhybrid.core.exception;
  exports io.github.ackhybrid.core.internal to
      io.github.ackhybrid.kube,
      io.github.ackhybrid.cluster,
      io.github.ackhybrid.nodepool,
      io.github.ackhybrid.mesh,
      io.github.ackhybrid.testing;
  exports io.github.ackhybrid.core.internal.signing to io.github.ackhybrid.testing;
}
