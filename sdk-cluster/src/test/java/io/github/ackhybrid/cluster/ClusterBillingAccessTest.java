package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.cluster.billing.BillingSite;
import java.math.BigDecimal;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClusterBillingAccessTest {

  @Test
  void billingIsReachedFromTheClusterClientOverTheSameConnectionSettings() throws Exception {
    try (MockCs cs = new MockCs()) {
      BillingClient billing = cs.client.billing();
      assertSame(billing, cs.client.billing(), "one billing client per cluster client");
      assertEquals(BillingSite.CHINA, billing.site());
      cs.ok("{\"Code\":\"Success\",\"Message\":\"Successful\",\"Success\":true,\"RequestId\":\"R-1\","
          + "\"Data\":{\"AvailableAmount\":\"12.50\",\"Currency\":\"CNY\"}}");
      assertEquals(new BigDecimal("12.50"), billing.queryAccountBalance().availableAmount().amount());
      RecordedRequest r = cs.server.takeRequest();
      assertEquals("QueryAccountBalance", r.getHeader("x-acs-action"));
      assertEquals("2017-12-14", r.getHeader("x-acs-version"));
    }
  }
}
