package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.ClusterEligibility;
import io.github.ackhybrid.mesh.model.ClusterType;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.IngressMatch;
import io.github.ackhybrid.mesh.model.IngressRoutingStrategy;
import io.github.ackhybrid.mesh.model.LaneMatch;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import io.github.ackhybrid.mesh.model.MemberClusterState;
import io.github.ackhybrid.mesh.model.MeshClusterSpec;
import io.github.ackhybrid.mesh.model.MeshEdition;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.MeshState;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import io.github.ackhybrid.mesh.model.WeightedIngressRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins each ASM operation on the wire (reference asm-mesh-api.md §1.4-1.5 and §4): method, path,
 * action and version headers, exactly which parameters go in the query and the form body, the
 * JSON-in-string values, and how the reference's example answers bind.
 */
class MeshClientWireTest {
  static final String MESH_ID = "c08ba3fd1e6484b0f8cc1ad8fe10d1234";
  static final String ACK = "{\"RequestId\":\"BD65C0AD-D3C6-48D3-8D93-38D2015C1234\"}";
  /** The DescribeServiceMeshDetail example of §4.3, with fields the SDK does not know added. */
  static final String DETAIL = """
      {
        "RequestId": "11fd0027-c27e-41bb-a565-75583054abcd",
        "ServiceMesh": {
          "ClusterSpec": "enterprise",
          "Clusters": ["c80f45444b3da447da60a911390c21234"],
          "Endpoints": {
            "IntranetApiServerEndpoint": "https://192.168.0.10:6443",
            "PublicApiServerEndpoint": "https://123.56.0.10:6443",
            "IntranetPilotEndpoint": "192.168.0.11:15011",
            "PublicPilotEndpoint": ""
          },
          "OwnerType": "",
          "SomethingNew": {"Nested": [1, 2, 3]},
          "ServiceMeshInfo": {
            "ServiceMeshId": "c08ba3fd1e6484b0f8cc1ad8fe10d1234",
            "Name": "mesh1",
            "RegionId": "cn-hangzhou",
            "Profile": "Pro",
            "State": "running",
            "ErrorMessage": "",
            "Version": "v1.7.4.0-gfb34ba99-aliyun",
            "CreationTime": "2020-04-21T09:42:20+08:00",
            "UpdateTime": "2020-06-03T14:48:54+08:00"
          },
          "Spec": {
            "LoadBalancer": { "ApiServerPublicEip": true, "PilotPublicEip": false },
            "MeshConfig": {
              "EnableLocalityLB": true,
              "LocalityLB": { "Enabled": true },
              "OutboundTrafficPolicy": "ALLOW_ANY",
              "Tracing": true
            },
            "Network": { "VpcId": "vpc-2zew0rajjkmxy23691234", "VSwitches": ["vsw-1"], "SecurityGroupId": "sg-2ze384sxttxbctnj1234" }
          }
        }
      }
      """;

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

  private static void assertRpc(AsmServer.Sent sent, String action) {
    assertEquals("POST", sent.method, action);
    assertEquals("/", sent.path, action);
    assertEquals(action, sent.action());
    assertEquals("2020-01-11", sent.header("x-acs-version"));
    assertTrue(sent.header("authorization").startsWith("ACS3-HMAC-SHA256 "), sent.header("authorization"));
  }

  @Test
  void createMeshSendsEveryOptionInTheFormAndTagsInTheQuery() throws Exception {
    server.answer("{\"RequestId\":\"REQ-CREATE\",\"ServiceMeshId\":\"" + MESH_ID + "\"}");
    CreatedMesh created = mesh.createMesh(c -> c
        .name("mesh1").vpcId("vpc-xzelac2tw4ic7wz311234").vSwitch("vsw-xzegf5dndkbf4m6eg1234").vSwitch("vsw-2")
        .edition(MeshEdition.PRO).clusterSpec(MeshClusterSpec.ENTERPRISE).istioVersion("v1.22.6.66-aliyun")
        .apiServerPublicEip(true).apiServerLoadBalancerSpec(LoadBalancerSpec.SLB_S1_SMALL)
        .pilotLoadBalancerSpec(LoadBalancerSpec.SLB_S2_MEDIUM)
        .localityLoadBalancing(true)
        .localityLbConfig(LocalityLbConfig.builder().failover("cn-hangzhou", "cn-shanghai").build())
        .clusterDomain("cluster.local").guestClusterId("c80f45444b3da447da60a911390c21234")
        .crAggregationEnabled(false).tracing(true).traceSampling(new BigDecimal("1.50")).telemetry(true)
        .addIncludeIpRange("10.0.0.0/8").addIncludeIpRange("172.16.0.0/12").addExcludeIpRange("100.100.100.200/32")
        .tag("env", "prod").tag("team", "sre"));

    assertEquals(MESH_ID, created.id());
    assertEquals("REQ-CREATE", created.requestId().orElseThrow());
    AsmServer.Sent sent = server.take();
    assertRpc(sent, "CreateServiceMesh");
    assertEquals("application/x-www-form-urlencoded", sent.header("content-type"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ApiServerLoadBalancerSpec", "slb.s1.small");
    form.put("ApiServerPublicEip", "true");
    form.put("CRAggregationEnabled", "false");
    form.put("ClusterDomain", "cluster.local");
    form.put("ClusterSpec", "enterprise");
    form.put("Edition", "Pro");
    form.put("ExcludeIPRanges", "100.100.100.200/32");
    form.put("GuestCluster", "c80f45444b3da447da60a911390c21234");
    form.put("IncludeIPRanges", "10.0.0.0/8,172.16.0.0/12");
    form.put("IstioVersion", "v1.22.6.66-aliyun");
    form.put("LocalityLBConf", "{\"failover\":[{\"from\":\"cn-hangzhou\",\"to\":\"cn-shanghai\"}]}");
    form.put("LocalityLoadBalancing", "true");
    form.put("Name", "mesh1");
    form.put("PilotLoadBalancerSpec", "slb.s2.medium");
    form.put("RegionId", "cn-hangzhou");
    form.put("Telemetry", "true");
    form.put("TraceSampling", "1.5");
    form.put("Tracing", "true");
    form.put("VSwitches", "[\"vsw-xzegf5dndkbf4m6eg1234\",\"vsw-2\"]");
    form.put("VpcId", "vpc-xzelac2tw4ic7wz311234");
    assertEquals(form, sent.form);
    assertEquals(Map.of("Tag.1.Key", "env", "Tag.1.Value", "prod", "Tag.2.Key", "team", "Tag.2.Value", "sre",
        "Tag.3.Key", "ackhybrid.io/create-token", "Tag.3.Value", "TOKEN"), withoutTokenValue(sent.query));
  }

  /** The query with the random creation token (a UUID, the last tag) replaced by {@code TOKEN}. */
  private static Map<String, String> withoutTokenValue(Map<String, String> query) {
    Map<String, String> copy = new LinkedHashMap<>(query);
    copy.replaceAll((name, value) -> value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        ? "TOKEN" : value);
    return copy;
  }

  @Test
  void createMeshSendsOnlyWhatWasSetAndARequestRegionWinsOverTheClients() throws Exception {
    server.answer("{\"RequestId\":\"R\",\"ServiceMeshId\":\"m-2\"}");
    mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1").region("cn-shanghai"));
    AsmServer.Sent sent = server.take();
    assertEquals(Map.of("RegionId", "cn-shanghai", "VpcId", "vpc-1", "VSwitches", "[\"vsw-1\"]"), sent.form);
    assertEquals(Map.of("Tag.1.Key", "ackhybrid.io/create-token", "Tag.1.Value", "TOKEN"), withoutTokenValue(sent.query),
        "only the creation token the SDK adds");
  }

  @Test
  void listMeshesIsAGetWithTagsInTheQueryAndNoBody() throws Exception {
    server.answer("{\"RequestId\":\"R\",\"ServiceMeshes\":[" + meshJson(MESH_ID, "running") + ","
        + meshJson("m-2", "initial") + "]}");
    List<ServiceMesh> meshes = mesh.listMeshes(ListMeshesRequest.builder().tag("env", "prod").build());

    AsmServer.Sent sent = server.take();
    assertEquals("GET", sent.method);
    assertEquals("/", sent.path);
    assertEquals("DescribeServiceMeshes", sent.action());
    assertEquals(Map.of("Tag.1.Key", "env", "Tag.1.Value", "prod"), sent.query);
    assertEquals("", sent.body);
    assertEquals(List.of(MESH_ID, "m-2"), meshes.stream().map(ServiceMesh::id).toList());
    assertEquals(List.of(MeshState.RUNNING, MeshState.INITIAL), meshes.stream().map(ServiceMesh::state).toList());
    assertEquals(Map.of("env", "prod"), meshes.get(0).tags());
  }

  @Test
  void listMeshesWithoutFilterSendsNothingButTheAction() throws Exception {
    server.answer("{\"RequestId\":\"R\",\"ServiceMeshes\":[]}");
    assertTrue(mesh.listMeshes().isEmpty());
    AsmServer.Sent sent = server.take();
    assertTrue(sent.query.isEmpty());
    assertTrue(sent.form.isEmpty());
  }

  @Test
  void describeMeshBindsTheReferenceExampleAndIgnoresUnknownFields() throws Exception {
    server.answer(DETAIL);
    ServiceMesh m = mesh.describeMesh(MESH_ID);

    AsmServer.Sent sent = server.take();
    assertRpc(sent, "DescribeServiceMeshDetail");
    assertEquals(Map.of("ServiceMeshId", MESH_ID), sent.form);
    assertTrue(sent.query.isEmpty());

    assertEquals(MESH_ID, m.id());
    assertEquals("mesh1", m.name());
    assertEquals(MeshState.RUNNING, m.state());
    assertEquals("running", m.stateAsString());
    assertTrue(m.errorMessage().isEmpty(), "an empty ErrorMessage is no error message");
    assertEquals("cn-hangzhou", m.region().orElseThrow());
    assertEquals(MeshEdition.PRO, m.edition().orElseThrow());
    assertEquals(MeshClusterSpec.ENTERPRISE, m.clusterSpec().orElseThrow());
    assertEquals("v1.7.4.0-gfb34ba99-aliyun", m.version().orElseThrow());
    assertEquals(Instant.parse("2020-04-21T01:42:20Z"), m.created().orElseThrow());
    assertEquals(Instant.parse("2020-06-03T06:48:54Z"), m.updated().orElseThrow());
    assertEquals(List.of("c80f45444b3da447da60a911390c21234"), m.memberClusterIds());
    assertEquals("https://192.168.0.10:6443", m.endpoints().intranetApiServer().orElseThrow());
    assertEquals("https://123.56.0.10:6443", m.endpoints().publicApiServer().orElseThrow());
    assertEquals("192.168.0.11:15011", m.endpoints().intranetPilot().orElseThrow());
    assertTrue(m.endpoints().publicPilot().isEmpty(), "an empty endpoint is absent");
    assertTrue(m.apiServerPublicEip());
    assertFalse(m.pilotPublicEip());
    assertTrue(m.localityLoadBalancing());
    assertTrue(m.localityLb().orElseThrow().enabled());
    assertEquals("ALLOW_ANY", m.outboundTrafficPolicy().orElseThrow());
    assertTrue(m.tracing());
    assertFalse(m.telemetry());
    assertEquals("vpc-2zew0rajjkmxy23691234", m.vpcId().orElseThrow());
    assertEquals(List.of("vsw-1"), m.vSwitchIds());
    assertEquals("sg-2ze384sxttxbctnj1234", m.securityGroupId().orElseThrow());
  }

  @Test
  void describeMeshReadsLocalityFailoverSentAsJsonText() throws Exception {
    server.answer("{\"ServiceMesh\":{\"ServiceMeshInfo\":{\"ServiceMeshId\":\"m-1\",\"State\":\"running\"},"
        + "\"Spec\":{\"MeshConfig\":{\"EnableLocalityLB\":true,\"LocalityLB\":{\"Enabled\":true,"
        + "\"Failover\":\"{\\\"failover\\\":[{\\\"from\\\":\\\"cn-hangzhou\\\",\\\"to\\\":\\\"cn-shanghai\\\"}]}\"}}}}}");
    ServiceMesh m = mesh.describeMesh("m-1");
    assertEquals(List.of(LocalityFailover.of("cn-hangzhou", "cn-shanghai")), m.localityLb().orElseThrow().failover());
  }

  @Test
  void deleteMeshSendsForceAndRetainedResourcesAsJsonText() throws Exception {
    server.answer(ACK).answer(ACK);
    ResponseMetadata meta = mesh.deleteMesh(d -> d.meshId(MESH_ID).force(true)
        .addRetainResourceId("lb-bp1fxvl3q8akbj6m12345").addRetainResourceId("lb-bp1hoxkolggdw0y312345"));
    mesh.deleteMesh(MESH_ID);

    AsmServer.Sent forced = server.take();
    assertRpc(forced, "DeleteServiceMesh");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "Force", "true",
        "RetainResources", "[\"lb-bp1fxvl3q8akbj6m12345\",\"lb-bp1hoxkolggdw0y312345\"]"), forced.form);
    assertEquals("BD65C0AD-D3C6-48D3-8D93-38D2015C1234", meta.requestId().orElseThrow(),
        "the request id comes from the body when no header carries it");
    assertEquals("DeleteServiceMesh", meta.operation());
    assertEquals(Map.of("ServiceMeshId", MESH_ID), server.take().form);
  }

  @Test
  void candidateClustersPageWithLimitAndOffsetAndDecodeForbiddenInfo() throws Exception {
    server.answer("""
        {"RequestId":"R","NumberOfClusters":3,"Clusters":[
          {"ClusterId":"c-ack","Name":"ack-hz","ClusterType":"ManagedKubernetes","State":"running","RegionId":"cn-hangzhou",
           "VpcId":"vpc-1","Version":"1.30.1-aliyun.1","ClusterDomain":"cluster.local","ForbiddenFlag":0,"ForbiddenInfo":"",
           "CreationTime":"2024-01-02T03:04:05+08:00"},
          {"ClusterId":"c-idc","Name":"idc-sh","ClusterType":"ExternalKubernetes","State":"running","ForbiddenFlag":3,
           "ForbiddenInfo":"[{\\"cluster\\":\\"c-idc\\",\\"object\\":\\"Pod\\",\\"cidr\\":\\"172.16.0.0/24\\"}]",
           "ServiceMeshId":"m-other"}
        ]}
        """);
    server.answer("""
        {"RequestId":"R","NumberOfClusters":3,"Clusters":[
          {"ClusterId":"c-ask","ClusterType":"Ask","State":"stopped","ForbiddenFlag":9}
        ]}
        """);
    List<CandidateCluster> all = new ArrayList<>();
    List<Page<CandidateCluster>> pages = new ArrayList<>();
    for (Page<CandidateCluster> page : mesh.listCandidateClusters(
        ListCandidateClustersRequest.builder().meshId(MESH_ID).pageSize(2).build()).pages()) {
      pages.add(page);
      all.addAll(page.items());
    }

    AsmServer.Sent first = server.take();
    assertRpc(first, "DescribeServiceMeshClusters");
    assertEquals(Map.of("ServiceMeshId", MESH_ID), first.query);
    assertEquals(Map.of("Limit", "2", "Offset", "0"), first.form);
    assertEquals(Map.of("Limit", "2", "Offset", "2"), server.take().form);
    assertEquals(2, server.requestCount(), "the total of 3 ends the list after the second page");
    assertEquals(2, pages.size());
    assertEquals(3L, pages.get(0).totalCount().getAsLong());

    assertEquals(List.of("c-ack", "c-idc", "c-ask"), all.stream().map(CandidateCluster::id).toList());
    CandidateCluster ack = all.get(0);
    assertTrue(ack.canBeAdded());
    assertEquals(ClusterType.MANAGED_KUBERNETES, ack.type());
    assertTrue(ack.conflicts().isEmpty());
    assertEquals(Instant.parse("2024-01-01T19:04:05Z"), ack.created().orElseThrow());
    CandidateCluster idc = all.get(1);
    assertEquals(ClusterType.EXTERNAL_KUBERNETES, idc.type());
    assertEquals(ClusterEligibility.CIDR_CONFLICT, idc.eligibility());
    assertFalse(idc.canBeAdded());
    assertEquals("m-other", idc.meshId().orElseThrow());
    assertEquals("172.16.0.0/24", idc.conflicts().get(0).cidr());
    assertEquals("Pod", idc.conflicts().get(0).objectType());
    assertEquals("c-idc", idc.conflicts().get(0).clusterId());
    CandidateCluster ask = all.get(2);
    assertEquals(ClusterEligibility.UNKNOWN, ask.eligibility(), "an unknown flag stays open");
    assertEquals(MemberClusterState.STOPPED, ask.state());
  }

  @Test
  void candidateClustersFetchNothingUntilIteratedThenPagesOfFifty() throws Exception {
    Iterable<CandidateCluster> candidates = mesh.listCandidateClusters(MESH_ID);
    assertEquals(0, server.requestCount());
    server.always("{\"Clusters\":[{\"ClusterId\":\"c-1\"}]}");
    List<String> ids = new ArrayList<>();
    candidates.forEach(c -> ids.add(c.id()));
    assertEquals(List.of("c-1"), ids, "a short page without a total ends the list");
    assertEquals(Map.of("Limit", "50", "Offset", "0"), server.take().form);
    assertEquals(1, server.requestCount());
  }

  @Test
  void addClusterSendsTheClusterAndItsOptionsInTheForm() throws Exception {
    server.answer("{\"RequestId\":\"R-ADD\",\"Message\":\"success\",\"Code\":\"200\"}");
    server.answer("{\"RequestId\":\"R-ADD2\",\"Message\":\"success\",\"Code\":200}");
    ResponseMetadata meta = mesh.addCluster(MESH_ID, "c-idc");
    mesh.addCluster(a -> a.meshId(MESH_ID).clusterId("c-k8s").discoveryOnly(true).ignoreNamespaceCheck(true)
        .kubeconfig("apiVersion: v1\nkind: Config\n"));

    AsmServer.Sent plain = server.take();
    assertRpc(plain, "AddClusterIntoServiceMesh");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "ClusterId", "c-idc"), plain.form);
    assertEquals("R-ADD", meta.requestId().orElseThrow());
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "ClusterId", "c-k8s", "DiscoveryOnly", "true",
        "IgnoreNamespaceCheck", "true", "Kubeconfig", "apiVersion: v1\nkind: Config\n"), server.take().form);
  }

  @Test
  void removeClusterSendsReserveNamespace() throws Exception {
    server.answer("{\"Message\":\"success\",\"RequestId\":\"R\",\"Code\":\"200\"}").answer(ACK);
    mesh.removeCluster(r -> r.meshId(MESH_ID).clusterId("c-idc").reserveNamespace(true));
    mesh.removeCluster(MESH_ID, "c-ack");

    AsmServer.Sent sent = server.take();
    assertRpc(sent, "RemoveClusterFromServiceMesh");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "ClusterId", "c-idc", "ReserveNamespace", "true"), sent.form);
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "ClusterId", "c-ack"), server.take().form);
  }

  @Test
  void memberClustersPutTheMeshIdInTheQueryAndBindTheirStates() throws Exception {
    server.answer("""
        {"RequestId":"R","Clusters":[
          {"ClusterId":"c-ack","Name":"ack-hz","ClusterType":"ManagedKubernetes","State":"running","RegionId":"cn-hangzhou",
           "Version":"1.30.1-aliyun.1","ClusterDomain":"cluster.local","VpcId":"vpc-1","ErrorMessage":"",
           "LogtailInstalledState":"logtail_installed","AccessLogDashboards":[],"GuestClusterConfig":{"SMC":{"Enabled":false}}},
          {"ClusterId":"c-idc","Name":"idc-sh","ClusterType":"ExternalKubernetes","State":"starting","RegionId":"cn-shanghai"}
        ]}
        """);
    List<MeshMemberCluster> members = mesh.listMemberClusters(MESH_ID);

    AsmServer.Sent sent = server.take();
    assertRpc(sent, "DescribeClustersInServiceMesh");
    assertEquals(Map.of("ServiceMeshId", MESH_ID), sent.query);
    assertTrue(sent.form.isEmpty());
    assertEquals(2, members.size());
    MeshMemberCluster ack = members.get(0);
    assertEquals("c-ack", ack.id());
    assertEquals("ack-hz", ack.name());
    assertEquals(ClusterType.MANAGED_KUBERNETES, ack.type());
    assertEquals(MemberClusterState.RUNNING, ack.state());
    assertEquals("cn-hangzhou", ack.region().orElseThrow());
    assertEquals("1.30.1-aliyun.1", ack.version().orElseThrow());
    assertTrue(ack.errorMessage().isEmpty());
    assertEquals(ClusterType.EXTERNAL_KUBERNETES, members.get(1).type());
    assertEquals(MemberClusterState.STARTING, members.get(1).state());
  }

  @Test
  void kubeconfigAsksForTheIntranetAddressInTheQueryAndHidesTheYaml() throws Exception {
    String yaml = "apiVersion: v1\\nclusters:\\n- cluster:\\n    server: https://47.110.10.10:6443\\n"
        + "    certificate-authority-data: LS0tCA\\n  name: kubernetes\\nusers:\\n- name: \\\"2xxxx\\\"\\n  user:\\n"
        + "    client-certificate-data: LS0tCERT\\n    client-key-data: LS0tSECRETKEY\\n";
    server.answer("{\"RequestId\":\"31d3a0f0-07ed-4f6e-9004-1804498c1234\",\"Kubeconfig\":\"" + yaml
        + "\",\"ExpireTime\":\"2024-05-28 16:00:00\"}");
    MeshKubeconfig k = mesh.kubeconfig(c -> c.meshId(MESH_ID).privateIpAddress(true));

    AsmServer.Sent sent = server.take();
    assertRpc(sent, "DescribeServiceMeshKubeconfig");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "PrivateIpAddress", "true"), sent.query);
    assertTrue(sent.form.isEmpty());
    assertTrue(k.yaml().contains("client-key-data: LS0tSECRETKEY"));
    assertTrue(k.privateAddress());
    assertEquals(Instant.parse("2024-05-28T08:00:00Z"), k.expiresAt().orElseThrow(),
        "a zone-less expiry is read as UTC+8, the earlier reading");
    assertFalse(k.toString().contains("LS0t"), k.toString());
    assertFalse(k.toString().contains("47.110"), k.toString());
  }

  @Test
  void kubeconfigWithoutOptionsLeavesTheAddressChoiceToTheService() throws Exception {
    server.answer("{\"Kubeconfig\":\"apiVersion: v1\\n\"}");
    MeshKubeconfig k = mesh.kubeconfig(MESH_ID);
    assertEquals(Map.of("ServiceMeshId", MESH_ID), server.take().query);
    assertFalse(k.privateAddress());
    assertTrue(k.expiresAt().isEmpty());
  }

  @Test
  void updateMeshFeatureSendsLocalityDistributionAsJsonTextInTheGivenOrder() throws Exception {
    server.answer(ACK).answer(ACK);
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("cn-beijing", 70);
    weights.put("cn-hangzhou", 30);
    mesh.updateMeshFeature(f -> f.meshId(MESH_ID).localityLoadBalancing(true)
        .localityLbConfig(LocalityLbConfig.builder().distribute("cn-beijing", weights).build()));
    mesh.updateMeshFeature(f -> f.meshId(MESH_ID).localityLoadBalancing(false));

    AsmServer.Sent sent = server.take();
    assertRpc(sent, "UpdateMeshFeature");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "LocalityLoadBalancing", "true",
        "LocalityLBConf", "{\"distribute\":[{\"from\":\"cn-beijing\",\"to\":{\"cn-beijing\":70,\"cn-hangzhou\":30}}]}"),
        sent.form);
    assertTrue(sent.query.isEmpty());
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "LocalityLoadBalancing", "false"), server.take().form);
  }

  @Test
  void swimLaneGroupOperationsSendServicesAndRulesAsJsonText() throws Exception {
    server.answer(ACK).answer(ACK).answer(ACK);
    LaneService mocka = LaneService.of("sh01", "c089443ea9e50403fa4f0a6237d11e0a9", "default", "mocka");
    LaneService mockb = LaneService.of("sh01", "c089443ea9e50403fa4f0a6237d11e0a9", "default", "mockb");
    mesh.createSwimLaneGroup(g -> g.meshId(MESH_ID).groupName("test").ingressGatewayName("ingressgateway")
        .ingressGatewayNamespace("istio-system").addService(mocka).addService(mockb)
        .permissive(true).routeHeader("x-asm-prefer-tag").traceHeader("my-request-id"));
    mesh.updateSwimLaneGroup(g -> g.meshId(MESH_ID).groupName("test")
        .routingStrategy(IngressRoutingStrategy.WEIGHTED)
        .weightedIngressRule(WeightedIngressRule.builder().addDomain("*")
            .addCondition(IngressMatch.builder().uri(LaneMatch.exact("/mock"))
                .putHeader("test", LaneMatch.exact("yes")).build())
            .build())
        .fallbackTarget("s1"));
    mesh.deleteSwimLaneGroup(MESH_ID, "test");

    AsmServer.Sent create = server.take();
    assertRpc(create, "CreateSwimLaneGroup");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("GroupName", "test");
    form.put("IngressGatewayName", "ingressgateway");
    form.put("IngressGatewayNamespace", "istio-system");
    form.put("IngressType", "ASM");
    form.put("IsPermissive", "true");
    form.put("RouteHeader", "x-asm-prefer-tag");
    form.put("ServiceMeshId", MESH_ID);
    form.put("ServicesList", "[\"sh01/c089443ea9e50403fa4f0a6237d11e0a9/default/mocka\","
        + "\"sh01/c089443ea9e50403fa4f0a6237d11e0a9/default/mockb\"]");
    form.put("TraceHeader", "my-request-id");
    assertEquals(form, create.form);

    AsmServer.Sent update = server.take();
    assertRpc(update, "UpdateSwimLaneGroup");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "GroupName", "test", "FallbackTarget", "s1",
        "IngressRoutingStrategy", "weighted",
        "WeightedIngressRule", "{\"Domains\":[\"*\"],\"MatchRequests\":[{\"URI\":{\"MatchingMode\":\"exact\","
            + "\"MatchingContent\":\"/mock\"},\"Headers\":[{\"Name\":\"test\",\"MatchingMode\":\"exact\","
            + "\"MatchingContent\":\"yes\"}]}]}"), update.form);

    AsmServer.Sent delete = server.take();
    assertRpc(delete, "DeleteSwimLaneGroup");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "GroupName", "test"), delete.form);
  }

  @Test
  void swimLaneGroupListDecodesItsJsonTextFields() throws Exception {
    server.answer("""
        {"RequestId":"R","SwimLaneGroupList":[{
          "GroupName":"test","IngressGatewayName":"ingressgateway","IngressType":"ASM",
          "IngressRoutingStrategy":"weighted","IsPermissive":false,"FallbackTarget":"",
          "ServiceList":"[\\"sh01/c089443ea9e50403fa4f0a6237d11e0a9/default/mocka\\"]",
          "SwimLaneLabels":"{\\"ASM_TRAFFIC_TAG\\":[\\"v1\\",\\"v2\\"]}",
          "WeightedIngressRule":"{\\"Domains\\":[\\"*\\"],\\"MatchRequests\\":[{\\"URI\\":{\\"MatchingMode\\":\\"prefix\\",\\"MatchingContent\\":\\"/mock\\"}}]}"
        }]}
        """);
    List<SwimLaneGroup> groups = mesh.listSwimLaneGroups(MESH_ID);

    AsmServer.Sent sent = server.take();
    assertRpc(sent, "GetSwimLaneGroupList");
    assertEquals(Map.of("ServiceMeshId", MESH_ID), sent.form);
    SwimLaneGroup g = groups.get(0);
    assertEquals("test", g.name());
    assertEquals(IngressRoutingStrategy.WEIGHTED, g.routingStrategy().orElseThrow());
    assertTrue(g.fallbackTarget().isEmpty());
    assertEquals(List.of(LaneService.of("sh01", "c089443ea9e50403fa4f0a6237d11e0a9", "default", "mocka")), g.services());
    assertEquals(Map.of("ASM_TRAFFIC_TAG", List.of("v1", "v2")), g.laneLabels());
    WeightedIngressRule rule = g.weightedIngressRule().orElseThrow();
    assertEquals(List.of("*"), rule.domains());
    assertEquals(LaneMatch.prefix("/mock"), rule.conditions().get(0).uri().orElseThrow());
  }

  @Test
  void swimLaneOperationsSendTheLabelSelectorAndServices() throws Exception {
    server.answer(ACK).answer(ACK).answer(ACK);
    LaneService mocka = LaneService.of("sh01", "c089443ea9e50403fa4f0a6237d11e0a9", "default", "mocka");
    mesh.createSwimLane(l -> l.meshId(MESH_ID).groupName("test").laneName("s1").labelSelectorValue("v1").addService(mocka));
    mesh.updateSwimLane(l -> l.meshId(MESH_ID).groupName("test").laneName("s1").labelSelectorValue("v2").addService(mocka));
    mesh.deleteSwimLane(MESH_ID, "test", "s1");

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("ServiceMeshId", MESH_ID);
    expected.put("GroupName", "test");
    expected.put("SwimLaneName", "s1");
    expected.put("LabelSelectorKey", "ASM_TRAFFIC_TAG");
    expected.put("LabelSelectorValue", "v1");
    expected.put("ServicesList", "[\"sh01/c089443ea9e50403fa4f0a6237d11e0a9/default/mocka\"]");
    AsmServer.Sent create = server.take();
    assertRpc(create, "CreateSwimLane");
    assertEquals(expected, create.form);
    AsmServer.Sent update = server.take();
    assertRpc(update, "UpdateSwimLane");
    expected.put("LabelSelectorValue", "v2");
    assertEquals(expected, update.form);
    AsmServer.Sent delete = server.take();
    assertRpc(delete, "DeleteSwimLane");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "GroupName", "test", "SwimLaneName", "s1"), delete.form);
  }

  @Test
  void swimLaneListReadsTheMisspelledWeightFieldAndTheDetailTheCorrectOne() throws Exception {
    server.answer("""
        {"RequestId":"R","SwimLaneList":[{"Name":"s1","GroupName":"test","LabelSelectorKey":"ASM_TRAFFIC_TAG",
          "LabelSelectorValue":"v1","ServiceList":"[\\"sh01/c0894/default/mocka\\"]",
          "WeightedIngressDestinatin":"{\\"RouteDestination\\":{\\"Host\\":\\"mocka.default.svc.cluster.local\\",\\"Subset\\":\\"s1\\"},\\"Weight\\":40}"}]}
        """);
    server.answer("""
        {"RequestId":"R","LabelSelectorKey":"ASM_TRAFFIC_TAG","LabelSelectorValue":"v2",
          "ServicesList":"[\\"sh01/c0894/default/mocka\\"]",
          "ValidationMessage":"[{\\"code\\":\\"CODE_UNEFFECTED_SWIMLANE_LABEL\\",\\"level\\":\\"warning\\",\\"message\\":\\"no workload\\"}]",
          "WeightedIngressDestination":"{\\"RouteDestination\\":{\\"Host\\":\\"mocka.default.svc.cluster.local\\",\\"Subset\\":\\"s2\\"},\\"Weight\\":60}"}
        """);
    List<SwimLane> lanes = mesh.listSwimLanes(MESH_ID, "test");
    SwimLane detail = mesh.describeSwimLane(MESH_ID, "test", "s2");

    AsmServer.Sent list = server.take();
    assertRpc(list, "GetSwimLaneList");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "GroupName", "test"), list.form);
    AsmServer.Sent get = server.take();
    assertRpc(get, "GetSwimLaneDetail");
    assertEquals(Map.of("ServiceMeshId", MESH_ID, "GroupName", "test", "SwimLaneName", "s2"), get.form);

    SwimLane s1 = lanes.get(0);
    assertEquals("s1", s1.name());
    assertEquals("v1", s1.labelSelectorValue());
    assertEquals(40, s1.ingressWeight().orElseThrow().weight());
    assertEquals("s1", s1.ingressWeight().orElseThrow().subset().orElseThrow());
    assertEquals("mocka", s1.services().get(0).name());
    assertEquals("s2", detail.name());
    assertEquals("test", detail.groupName());
    assertEquals(60, detail.ingressWeight().orElseThrow().weight());
    assertEquals("mocka.default.svc.cluster.local", detail.ingressWeight().orElseThrow().host());
    assertEquals("CODE_UNEFFECTED_SWIMLANE_LABEL", detail.validationMessages().get(0).code());
    assertEquals("warning", detail.validationMessages().get(0).level());
  }

  static String meshJson(String id, String state) {
    return "{\"ClusterSpec\":\"standard\",\"Clusters\":[],\"ServiceMeshInfo\":{\"ServiceMeshId\":\"" + id
        + "\",\"Name\":\"n\",\"State\":\"" + state + "\",\"RegionId\":\"cn-hangzhou\",\"Profile\":\"Default\"},"
        + "\"Tag\":[{\"Key\":\"env\",\"Value\":\"prod\"}],\"Upgradable\":false}";
  }
}
