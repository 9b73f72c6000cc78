package io.github.ackhybrid.cluster.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.core.internal.ApiStyle;
import io.github.ackhybrid.core.internal.ServiceDefinition;
import org.junit.jupiter.api.Test;

class BssOperationsTest {

  private static ServiceDefinition service(BillingSite site) {
    return new BssOperations(site).queryAccountBalance().operation().service();
  }

  @Test
  void theEndpointFollowsTheSiteWhateverTheRegion() {
    assertEquals("business.aliyuncs.com", service(BillingSite.CHINA).hostForRegion().apply("ap-southeast-1"));
    assertEquals("business.ap-southeast-1.aliyuncs.com",
        service(BillingSite.INTERNATIONAL).hostForRegion().apply("cn-hangzhou"));
  }

  @Test
  void everyCallIsAnRpcReadOfVersion20171214() {
    ServiceDefinition bss = service(BillingSite.CHINA);
    assertEquals("bssopenapi", bss.product());
    assertEquals("2017-12-14", bss.version());
    assertEquals(ApiStyle.RPC, bss.style());
    assertEquals(true, new BssOperations(BillingSite.CHINA).queryAccountBalance().retrySafe());
  }
}
