package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ASM's error codes (reference §2.3) reach the caller as the right exception types. */
class MeshErrorsTest {
  private static final String MESH_ID = "m-1";

  private AsmServer server;
  private MeshClient mesh;

  @BeforeEach
  void start() throws Exception {
    server = new AsmServer();
    mesh = server.client();
  }

  @AfterEach
  void stop() throws Exception {
    mesh.close();
    server.close();
  }

  @Test
  void unknownMeshIsNotFoundWithTheEnvelopeKept() {
    server.error(404, "ServiceMesh.NotFound", "The specified service mesh is not found.");
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> mesh.describeMesh(MESH_ID));
    assertEquals("ServiceMesh.NotFound", e.errorCode());
    assertEquals("ERR-REQ", e.requestId().orElseThrow());
    assertEquals("DescribeServiceMeshDetail", e.operation());
    assertTrue(e.recommend().orElseThrow().contains("troubleshoot"));
  }

  @Test
  void stateConflictsAreConflicts() {
    for (String code : new String[] {"ErrorPermitted.ClustersNotEmpty", "RelatedResourceReused", "StillInitializing"}) {
      server.error(400, code, "refused");
      ConflictException e = assertThrows(ConflictException.class, () -> mesh.deleteMesh(MESH_ID));
      assertEquals(code, e.errorCode());
    }
    server.error(400, "NameAlreadyExist", "name taken");
    assertThrows(ConflictException.class, () -> mesh.createMesh(c -> c.name("global").vpcId("vpc-1").vSwitch("vsw-1")));
  }

  @Test
  void forbiddenAfterDeletionStaysAServiceErrorOutsideTheDeletionWaiter() {
    server.error(403, "StatusForbidden", "the mesh is deleted");
    ServiceException e = assertThrows(ServiceException.class, () -> mesh.describeMesh(MESH_ID));
    assertFalse(e instanceof ResourceNotFoundException);
    assertEquals(403, e.statusCode());
  }

  @Test
  void err404OnCreateIsATransientServiceErrorNotAMissingResourceAndIsNotRetriedBlind() {
    server.error(404, "ERR404", "temporarily unavailable");
    ServiceException e = assertThrows(ServiceException.class,
        () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1")));
    assertFalse(e instanceof ResourceNotFoundException, e.getClass().getName());
    assertEquals("ERR404", e.errorCode());
    assertEquals(1, server.requestCount());
  }

  @Test
  void throttlingIsRetriedEvenForCreate() {
    server.error(400, "Throttling.User", "Request was denied due to user flow control.")
        .answer("{\"RequestId\":\"R\",\"ServiceMeshId\":\"m-9\"}");
    CreatedMesh created = mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1"));
    assertEquals("m-9", created.id());
    assertEquals(2, server.requestCount());
  }

  @Test
  void throttlingThatOutlastsTheRetriesIsAThrottlingException() throws Exception {
    try (MeshClient noRetry = MeshClient.create(server.config(b -> b.retryPolicy(RetryPolicy.none())))) {
      server.error(400, "Throttling.Api", "slow down");
      assertInstanceOf(ThrottlingException.class, assertThrows(ServiceException.class, () -> noRetry.listMeshes()));
    }
  }

  @Test
  void badSignatureIsAnAuthenticationFailure() {
    server.error(400, "SignatureDoesNotMatch", "The request signature does not conform to Aliyun standards.");
    assertThrows(AuthenticationException.class, () -> mesh.listMemberClusters(MESH_ID));
  }

  @Test
  void anAnswerWithoutTheMeshIsReportedAsMalformed() throws Exception {
    try (MeshClient noRetry = MeshClient.create(server.config(b -> b.retryPolicy(RetryPolicy.none())))) {
      server.answer("{\"RequestId\":\"R\"}");
      ServiceException e = assertThrows(ServiceException.class, () -> noRetry.describeMesh(MESH_ID));
      assertTrue(e.getMessage().contains("ServiceMesh"), e.getMessage());
    }
  }
}
