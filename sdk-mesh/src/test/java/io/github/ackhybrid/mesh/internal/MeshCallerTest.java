package io.github.ackhybrid.mesh.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Mapping an asynchronous result keeps cancellation flowing back and retypes ASM errors. */
class MeshCallerTest {

  private static ServiceException error(int status, String code) {
    return new ServiceException(new ServiceErrorDetails("DeleteServiceMesh", status, code, "m", "R", null));
  }

  @Test
  void cancellingTheMappedFutureCancelsTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = MeshCaller.map(source, String::length);
    mapped.cancel(false);
    assertTrue(source.isCancelled());
  }

  @Test
  void valuesAreMappedAndErrorsRetyped() throws Exception {
    CompletableFuture<String> ok = new CompletableFuture<>();
    CompletableFuture<Integer> length = MeshCaller.map(ok, String::length);
    ok.complete("mesh");
    assertEquals(4, length.get());

    CompletableFuture<String> failed = new CompletableFuture<>();
    CompletableFuture<Integer> retyped = MeshCaller.map(failed, String::length);
    failed.completeExceptionally(new CompletionException(error(400, "ErrorPermitted.ClustersNotEmpty")));
    ExecutionException e = assertThrows(ExecutionException.class, retyped::get);
    assertInstanceOf(ConflictException.class, e.getCause());
  }

  @Test
  void errorsAreRetypedOnlyWhereCoresRulesDoNotFit() {
    assertInstanceOf(ConflictException.class, MeshErrors.translate(error(400, "StillInitializing")));
    ServiceException err404 = MeshErrors.translate(
        new ResourceNotFoundException(new ServiceErrorDetails("CreateServiceMesh", 404, "ERR404", "m", "R", null)));
    assertEquals(ServiceException.class, err404.getClass());
    ServiceException other = error(400, "InvalidParameter");
    assertSame(other, MeshErrors.translate(other));
  }

  @Test
  void onlyNotFoundAndTheDeletedMeshsForbiddenMeanGone() {
    assertTrue(MeshErrors.meshGone(new ResourceNotFoundException(
        new ServiceErrorDetails("DescribeServiceMeshDetail", 400, "ServiceMesh.NotFound", "m", "R", null))));
    assertTrue(MeshErrors.meshGone(error(403, "StatusForbidden")));
    assertTrue(MeshErrors.meshGone(error(403, "")));
    assertTrue(!MeshErrors.meshGone(error(403, "Forbidden.RAM")));
    assertTrue(!MeshErrors.meshGone(error(503, "ServiceUnavailable")));
    assertTrue(!MeshErrors.meshGone(new IllegalStateException("x")));
  }
}
