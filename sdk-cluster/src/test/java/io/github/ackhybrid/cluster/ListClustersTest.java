package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterSpec;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.Paginator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Paging through DescribeClustersV1: lazy, filtered, page_info-driven, sync and async alike. */
class ListClustersTest {
  private final MockCs cs = new MockCs();

  @AfterEach
  void stop() throws Exception {
    cs.close();
  }

  private void queueThreePages() {
    cs.ok(page(1, "c1", "c2"));
    cs.ok(page(2, "c3", "c4"));
    cs.ok(page(3, "c5"));
  }

  private static String page(int number, String... ids) {
    String clusters = java.util.Arrays.stream(ids)
        .map(id -> "{\"cluster_id\":\"" + id + "\",\"name\":\"idc-" + id + "\",\"cluster_type\":\"ExternalKubernetes\","
            + "\"state\":\"running\",\"size\":\"5\"}")
        .collect(Collectors.joining(","));
    // page_info numbers arrive as text in old answers; both forms must read.
    return "{\"clusters\":[" + clusters + "],\"page_info\":{\"page_number\":\"" + number
        + "\",\"page_size\":2,\"total_count\":5}}";
  }

  private void assertFilteredPages() {
    for (int expectedPage = 1; expectedPage <= 3; expectedPage++) {
      HttpUrl url = cs.take().getRequestUrl();
      assertEquals("/api/v1/clusters", url.encodedPath());
      assertEquals("idc", url.queryParameter("name"));
      assertEquals("ExternalKubernetes", url.queryParameter("cluster_type"));
      assertEquals("ack.pro.small", url.queryParameter("cluster_spec"));
      assertEquals(String.valueOf(expectedPage), url.queryParameter("page_number"));
      assertEquals("2", url.queryParameter("page_size"));
    }
  }

  @Test
  void pagesLazilyThroughEveryPageWithTheFilters() {
    queueThreePages();

    Paginator<Cluster> clusters = cs.client.listClusters(f -> f.name("idc").clusterType(ClusterType.EXTERNAL_KUBERNETES)
        .clusterSpec(ClusterSpec.ACK_PRO_SMALL).pageSize(2));
    assertEquals(0, cs.server.getRequestCount(), "nothing is sent before iteration");

    List<String> ids = clusters.stream().map(Cluster::id).collect(Collectors.toList());

    assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), ids);
    assertEquals(3, cs.server.getRequestCount(), "the total count ends the list without a fourth call");
    assertFilteredPages();
  }

  @Test
  void firstFetchesOnlyTheFirstPage() {
    queueThreePages();

    assertEquals("c1", cs.client.listClusters(f -> f.pageSize(2)).first().orElseThrow().id());

    assertEquals(1, cs.server.getRequestCount());
  }

  @Test
  void endsOnAnEmptyPageWhenNoPageInfoIsSent() {
    cs.ok("{\"clusters\":[{\"cluster_id\":\"c1\"},{\"cluster_id\":\"c2\"}]}");
    cs.ok("{\"clusters\":[]}");

    assertEquals(2, cs.client.listClusters(f -> f.pageSize(2)).toList().size());
    assertEquals(2, cs.server.getRequestCount());
  }

  @Test
  void asyncPagesLazilyThroughEveryPageWithTheFilters() throws Exception {
    queueThreePages();

    AsyncPaginator<Cluster> clusters = cs.client.async().listClusters(f -> f.name("idc")
        .clusterType(ClusterType.EXTERNAL_KUBERNETES).clusterSpec(ClusterSpec.ACK_PRO_SMALL).pageSize(2));
    assertEquals(0, cs.server.getRequestCount(), "nothing is sent before a pass starts");

    List<Cluster> all = clusters.toList().get(30, TimeUnit.SECONDS);

    assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), all.stream().map(Cluster::id).collect(Collectors.toList()));
    assertFilteredPages();
  }
}
