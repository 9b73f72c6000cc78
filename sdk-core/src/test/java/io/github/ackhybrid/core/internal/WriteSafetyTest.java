package io.github.ackhybrid.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.TransportException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteSafetyTest {
  private static final String CREATE = "CreateThing";

  private static ServiceException answered(int status, String code) {
    return ServiceErrors.create(new ServiceErrorDetails(CREATE, status, code, "m", "REQ-" + status, null));
  }

  @Test
  void onlyFailuresAfterTheRequestMayHaveActedLeaveTheOutcomeUnknown() {
    assertTrue(WriteSafety.outcomeUnknown(new TransportException(CREATE, "timed out", new SocketTimeoutException())));
    assertTrue(WriteSafety.outcomeUnknown(answered(503, "ServiceUnavailable")));
    assertTrue(WriteSafety.outcomeUnknown(answered(200, "")), "a success whose answer could not be read");
    assertFalse(WriteSafety.outcomeUnknown(new TransportException(CREATE, "refused", new ConnectException())));
    assertFalse(WriteSafety.outcomeUnknown(answered(400, "Throttling.User")));
    assertFalse(WriteSafety.outcomeUnknown(answered(400, "InvalidParameter")));
    assertFalse(WriteSafety.outcomeUnknown(new SdkException("cancelled")));
  }

  @Test
  void aLostAnswerRunsTheLookupAndReturnsWhatItFound() {
    AtomicInteger creates = new AtomicInteger();
    String found = WriteSafety.create(CREATE, () -> {
      creates.incrementAndGet();
      throw answered(500, "InternalError");
    }, () -> Optional.of("thing-1"), "check");

    assertEquals("thing-1", found);
    assertEquals(1, creates.get(), "the create ran once");
  }

  @Test
  void aKnownFailurePassesThroughWithoutALookup() {
    ServiceException refused = answered(400, "InvalidParameter");
    ServiceException thrown = assertThrows(ServiceException.class, () -> WriteSafety.create(CREATE, () -> {
      throw refused;
    }, () -> {
      throw new AssertionError("no lookup after a known outcome");
    }, "check"));
    assertSame(refused, thrown);
  }

  @Test
  void withoutALookupOrAFindTheOutcomeIsReportedUnknownWithTheAdvice() {
    ServiceException lost = answered(503, "ServiceUnavailable");
    OutcomeUnknownException noLookup = assertThrows(OutcomeUnknownException.class,
        () -> WriteSafety.create(CREATE, () -> {
          throw lost;
        }, null, "List the things."));
    assertSame(lost, noLookup.getCause());
    assertEquals(CREATE, noLookup.operation());
    assertEquals(Optional.of("REQ-503"), noLookup.requestId());
    assertTrue(noLookup.getMessage().endsWith("List the things."), noLookup.getMessage());

    OutcomeUnknownException notFound = assertThrows(OutcomeUnknownException.class,
        () -> WriteSafety.create(CREATE, () -> {
          throw lost;
        }, Optional::empty, "List the things."));
    assertTrue(notFound.getMessage().contains("no resource carrying its creation token"), notFound.getMessage());
  }

  @Test
  void asyncReconcilesAndReportsAFailedLookupAsUnknown() throws Exception {
    TransportException dropped = new TransportException(CREATE, "lost", new java.io.EOFException());
    assertEquals("thing-2", WriteSafety.createAsync(CREATE, () -> CompletableFuture.failedFuture(dropped),
        () -> CompletableFuture.completedFuture(Optional.of("thing-2")), "check").get(30, TimeUnit.SECONDS));

    ServiceException throttled = answered(400, "Throttling.User");
    ExecutionException failed = assertThrows(ExecutionException.class, () -> WriteSafety.<String>createAsync(CREATE,
        () -> CompletableFuture.failedFuture(dropped), () -> CompletableFuture.failedFuture(throttled), "check")
        .get(30, TimeUnit.SECONDS));
    OutcomeUnknownException e = assertInstanceOf(OutcomeUnknownException.class, failed.getCause());
    assertSame(throttled, e.getSuppressed()[0]);
  }

  @Test
  void reconciledMetadataNamesTheCreateAndSaysSo() {
    ResponseMetadata lookup = ResponseMetadata.of("DescribeThings", 200, "REQ-L", 1, Duration.ofMillis(3));

    ResponseMetadata marked = lookup.reconciledFor(CREATE);

    assertTrue(marked.reconciled());
    assertFalse(lookup.reconciled());
    assertEquals(CREATE, marked.operation());
    assertEquals(Optional.of("REQ-L"), marked.requestId());
    assertTrue(marked.toString().contains("reconciled"));
  }
}
