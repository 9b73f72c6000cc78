package io.github.ackhybrid.cluster.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  @Test
  void defaultsCarryThePublishedRulesAndTheirSources() {
    FeeSchedule d = FeeSchedule.defaults();
    ClusterFeeRule intl = d.clusterFee(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL);
    assertEquals(Optional.of(Money.of("0.09", "USD")), intl.hourlyPrice());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 26)), intl.asOf());
    assertTrue(intl.firstCycleFree() && intl.lastCycleFree());
    assertEquals(Optional.of("ACK Pro Pricing"), intl.billingItem());
    ClusterFeeRule china = d.clusterFee(ClusterEdition.MANAGED_PRO, BillingSite.CHINA);
    assertEquals(Optional.of(Money.of("0.64", "CNY")), china.hourlyPrice());
    assertEquals(Optional.empty(), china.asOf(), "the China page showed no date");
    assertEquals(FeeStatus.FREE, d.clusterFee(ClusterEdition.REGISTERED, BillingSite.CHINA).status());
    assertEquals(FeeStatus.WAIVED_PREVIEW, d.hybridNodeFee(BillingSite.CHINA).status());
    assertEquals("csk", d.ackProductCode());
    assertEquals(ZoneOffset.ofHours(8), d.billingZone());
  }

  @Test
  void anyRuleCanBeOverriddenWithoutTouchingTheOthers() {
    HybridNodeFee quoted = HybridNodeFee.builder().status(FeeStatus.CHARGED)
        .pricePerVcpuDay(Money.of("0.2", "CNY")).source(URI.create("https://example.com/our-quote")).build();
    FeeSchedule mine = FeeSchedule.builder()
        .proClusterHourlyFee(BillingSite.INTERNATIONAL, Money.of("0.08", "USD"))
        .clusterFee(FeeSchedule.defaults().clusterFee(ClusterEdition.MANAGED_PRO, BillingSite.CHINA).toBuilder()
            .firstCycleFree(false).build())
        .hybridNodeFee(BillingSite.CHINA, quoted)
        .ackProductCode("csk_pro")
        .build();
    CostEstimator estimator = CostEstimator.of(mine);
    assertEquals(Money.of("0.16", "USD"),
        estimator.estimate(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL, Duration.ofHours(3)).amount());
    assertEquals(3,
        estimator.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, Duration.ofHours(3)).billedHours(),
        "without a free first cycle, three whole hours are three billed hours");
    assertEquals(quoted, mine.hybridNodeFee(BillingSite.CHINA));
    assertEquals("csk_pro", mine.ackProductCode());
    assertEquals(FeeSchedule.defaults(), FeeSchedule.builder().build());
  }

  @Test
  void aHybridNodeFeeCannotBeChargedWithoutAPriceNorPricedWhileWaived() {
    assertThrows(ValidationException.class, () -> HybridNodeFee.builder().status(FeeStatus.CHARGED)
        .source(FeeSchedule.HYBRID_NODE_FEE_SOURCE).build());
    assertThrows(ValidationException.class, () -> HybridNodeFee.builder().status(FeeStatus.WAIVED_PREVIEW)
        .pricePerVcpuDay(Money.of("1", "USD")).source(FeeSchedule.HYBRID_NODE_FEE_SOURCE).build());
    assertThrows(ValidationException.class, () -> FeeSchedule.builder().ackProductCode(" "));
  }

  @Test
  void editionsAreReadFromWhatAckReports() {
    assertEquals(ClusterEdition.MANAGED_PRO, ClusterEdition.of("ManagedKubernetes", "ack.pro.small"));
    assertEquals(ClusterEdition.MANAGED_BASIC, ClusterEdition.of("ManagedKubernetes", null));
    assertEquals(ClusterEdition.MANAGED_BASIC, ClusterEdition.of("ManagedKubernetes", "ack.standard"));
    assertEquals(ClusterEdition.REGISTERED, ClusterEdition.of("ExternalKubernetes", null));
    assertEquals(ClusterEdition.DEDICATED, ClusterEdition.of("Kubernetes", ""));
    assertThrows(ValidationException.class, () -> ClusterEdition.of("Ask", null));
  }

  @Test
  void theSiteDefaultsFromTheRegionAsTheOfficialEndpointMapDoes() {
    assertEquals(BillingSite.CHINA, BillingSite.forRegion("cn-hangzhou"));
    assertEquals(BillingSite.CHINA, BillingSite.forRegion("cn-hongkong"));
    assertEquals(BillingSite.INTERNATIONAL, BillingSite.forRegion("ap-southeast-1"));
    assertEquals(BillingSite.INTERNATIONAL, BillingSite.forRegion("eu-central-1"));
    assertEquals(BillingSite.INTERNATIONAL, BillingSite.forRegion("me-east-1"));
    assertEquals(BillingSite.INTERNATIONAL, BillingSite.of("intl"));
    assertEquals("business.aliyuncs.com", BillingSite.CHINA.host());
    assertEquals("business.ap-southeast-1.aliyuncs.com", BillingSite.INTERNATIONAL.host());
  }
}
