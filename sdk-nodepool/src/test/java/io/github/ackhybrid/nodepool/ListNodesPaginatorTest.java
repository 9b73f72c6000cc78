package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.nodepool.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages through DescribeClusterNodes with its camelCase pageNumber/pageSize and its page object. */
class ListNodesPaginatorTest {
  private static final int TOTAL = 23;

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client();
  private final List<String> pagesAsked = new ArrayList<>();

  @BeforeEach
  void serveTwentyThreeNodes() {
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        int number = Integer.parseInt(r.getRequestUrl().queryParameter("pageNumber"));
        int size = Integer.parseInt(r.getRequestUrl().queryParameter("pageSize"));
        synchronized (pagesAsked) {
          pagesAsked.add(number + "/" + size);
        }
        String items = IntStream.range((number - 1) * size, Math.min(number * size, TOTAL))
            .mapToObj(i -> "{\"instance_id\":\"i-" + i + "\",\"node_name\":\"node-" + i + "\"}")
            .collect(Collectors.joining(","));
        // The numbers come back as text, as DescribeClusterNodes' model types them (reference §1.3).
        return MockCs.json(200, "{\"nodes\":[" + items + "],\"page\":{\"page_number\":\"" + number
            + "\",\"page_size\":\"" + size + "\",\"total_count\":\"" + TOTAL + "\"}}");
      }
    });
  }

  @AfterEach
  void stop() {
    pools.close();
    cs.close();
  }

  @Test
  void iteratesEveryPageLazily() {
    Paginator<Node> nodes = pools.listNodes(CLUSTER, r -> r.pageSize(10));
    assertEquals(0, cs.server.getRequestCount(), "nothing is fetched before iterating");
    List<String> ids = nodes.stream().map(Node::instanceId).toList();
    assertEquals(TOTAL, ids.size());
    assertEquals("i-22", ids.get(22));
    assertEquals(List.of("1/10", "2/10", "3/10"), pagesAsked);
  }

  @Test
  void stopsFetchingWhenTheStreamStops() {
    Node first = pools.listNodes(CLUSTER, r -> r.pageSize(10)).stream()
        .filter(n -> n.instanceId().equals("i-12")).findFirst().orElseThrow();
    assertEquals("node-12", first.nodeName());
    assertEquals(List.of("1/10", "2/10"), pagesAsked);
  }

  @Test
  void asyncPagesTheSameWay() {
    List<Node> all = pools.async().listNodes(CLUSTER, r -> r.pageSize(10)).toList().join();
    assertEquals(TOTAL, all.size());
    assertEquals(List.of("1/10", "2/10", "3/10"), pagesAsked);
  }
}
