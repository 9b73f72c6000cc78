package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ackhybrid.cluster.billing.AccountBalance;
import io.github.ackhybrid.cluster.billing.BillOverview;
import io.github.ackhybrid.cluster.billing.BillRecord;
import io.github.ackhybrid.cluster.billing.BillType;
import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.cluster.billing.DescribeInstanceBillRequest;
import io.github.ackhybrid.cluster.billing.DescribeSplitItemBillRequest;
import io.github.ackhybrid.cluster.billing.GetPayAsYouGoPriceRequest;
import io.github.ackhybrid.cluster.billing.InstanceBill;
import io.github.ackhybrid.cluster.billing.PayAsYouGoPrice;
import io.github.ackhybrid.cluster.billing.PricingModule;
import io.github.ackhybrid.cluster.billing.QueryBillOverviewRequest;
import io.github.ackhybrid.cluster.billing.QueryBillRequest;
import io.github.ackhybrid.cluster.billing.QueryInstanceBillRequest;
import io.github.ackhybrid.cluster.billing.SplitItemBill;
import io.github.ackhybrid.cluster.billing.SubscriptionType;
import io.github.ackhybrid.cluster.billing.TagFilter;
import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ApiStyle;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Operation;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import io.github.ackhybrid.core.internal.ServiceDefinition;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The BSS OpenAPI ({@code bssopenapi}, version {@code 2017-12-14}, RPC) as this SDK calls it: one
 * operation per action and the one place each call's {@link ApiRequest} is built. Every parameter
 * goes in the query string, lists flattened with 1-based indices ({@code TagFilter.1.TagKey},
 * {@code ModuleList.1.ModuleCode}); every call is a read, so every call may be retried. The
 * endpoint is the site's, whatever the client's region.
 */
final class BssOperations {
  /** The API version sent as {@code x-acs-version}. */
  static final String VERSION = "2017-12-14";

  private static final ConcurrentHashMap<Class<?>, ObjectReader> ENVELOPE_READERS = new ConcurrentHashMap<>();

  private final BillingSite site;
  private final Operation<BssAnswer<BillOverview>> queryBillOverview;
  private final Operation<BssAnswer<Page<BillRecord>>> queryBill;
  private final Operation<BssAnswer<Page<InstanceBill>>> describeInstanceBill;
  private final Operation<BssAnswer<Page<InstanceBill>>> queryInstanceBill;
  private final Operation<BssAnswer<Page<SplitItemBill>>> describeSplitItemBill;
  private final Operation<BssAnswer<AccountBalance>> queryAccountBalance;
  private final Operation<BssAnswer<PayAsYouGoPrice>> getPayAsYouGoPrice;

  /**
   * Describes the operations against one site's endpoint.
   *
   * @param site the account's billing site
   */
  BssOperations(BillingSite site) {
    this.site = site;
    ServiceDefinition bss = new ServiceDefinition("bssopenapi", VERSION, ApiStyle.RPC, region -> site.host());
    BssMapper map = new BssMapper(site);
    this.queryBillOverview = Operation.rpc(bss, "QueryBillOverview", true, decoder(WireBillData.class, map::overview));
    this.queryBill = Operation.rpc(bss, "QueryBill", true, decoder(WireBillData.class, map::billRecords));
    this.describeInstanceBill = Operation.rpc(bss, "DescribeInstanceBill", true,
        decoder(WireTokenPageData.class, map::instanceBills));
    this.queryInstanceBill = Operation.rpc(bss, "QueryInstanceBill", true,
        decoder(WireBillData.class, map::numberedInstanceBills));
    this.describeSplitItemBill = Operation.rpc(bss, "DescribeSplitItemBill", true,
        decoder(WireTokenPageData.class, map::splitItemBills));
    this.queryAccountBalance = Operation.rpc(bss, "QueryAccountBalance", true,
        decoder(WireBalance.class, map::balance));
    this.getPayAsYouGoPrice = Operation.rpc(bss, "GetPayAsYouGoPrice", true, decoder(WirePrice.class, map::price));
  }

  /**
   * Returns the site whose endpoint these operations call.
   *
   * @return the site
   */
  BillingSite site() {
    return site;
  }

  ApiRequest<BssAnswer<BillOverview>> queryBillOverview(QueryBillOverviewRequest r) {
    return queryBillOverview.request()
        .query("BillingCycle", r.billingCycle())
        .query("ProductCode", r.productCode().orElse(null))
        .query("ProductType", r.productType().orElse(null))
        .query("SubscriptionType", wire(r.subscriptionType()))
        .query("BillOwnerId", boxed(r.billOwnerId()))
        .build();
  }

  ApiRequest<BssAnswer<Page<BillRecord>>> queryBill(QueryBillRequest r, int pageNum) {
    return queryBill.request()
        .query("BillingCycle", r.billingCycle())
        .query("Type", r.type().map(BillType::wireValue).orElse(null))
        .query("ProductCode", r.productCode().orElse(null))
        .query("ProductType", r.productType().orElse(null))
        .query("SubscriptionType", wire(r.subscriptionType()))
        .query("IsHideZeroCharge", flag(r.hideZeroCharge()))
        .query("PageNum", pageNum)
        .query("PageSize", r.pageSize())
        .query("BillOwnerId", boxed(r.billOwnerId()))
        .build();
  }

  ApiRequest<BssAnswer<Page<InstanceBill>>> describeInstanceBill(DescribeInstanceBillRequest r,
      Optional<String> token) {
    return describeInstanceBill.request()
        .query("BillingCycle", r.billingCycle())
        .query("Granularity", r.granularity().wireValue())
        .query("BillingDate", r.billingDate().orElse(null))
        .query("InstanceID", r.instanceId().orElse(null))
        .query("ProductCode", r.productCode().orElse(null))
        .query("ProductType", r.productType().orElse(null))
        .query("PipCode", r.pipCode().orElse(null))
        .query("SubscriptionType", wire(r.subscriptionType()))
        .query("IsBillingItem", flag(r.perBillingItem()))
        .query("IsHideZeroCharge", flag(r.hideZeroCharge()))
        .query("MaxResults", r.maxResults())
        .query("NextToken", token.orElse(null))
        .query("BillOwnerId", boxed(r.billOwnerId()))
        .build();
  }

  ApiRequest<BssAnswer<Page<InstanceBill>>> queryInstanceBill(QueryInstanceBillRequest r, int pageNum) {
    return queryInstanceBill.request()
        .query("BillingCycle", r.billingCycle())
        .query("Granularity", r.granularity().wireValue())
        .query("BillingDate", r.billingDate().orElse(null))
        .query("ProductCode", r.productCode().orElse(null))
        .query("ProductType", r.productType().orElse(null))
        .query("SubscriptionType", wire(r.subscriptionType()))
        .query("IsBillingItem", flag(r.perBillingItem()))
        .query("IsHideZeroCharge", flag(r.hideZeroCharge()))
        .query("PageNum", pageNum)
        .query("PageSize", r.pageSize())
        .query("BillOwnerId", boxed(r.billOwnerId()))
        .build();
  }

  ApiRequest<BssAnswer<Page<SplitItemBill>>> describeSplitItemBill(DescribeSplitItemBillRequest r,
      Optional<String> token) {
    ApiRequest.Builder<BssAnswer<Page<SplitItemBill>>> b = describeSplitItemBill.request()
        .query("BillingCycle", r.billingCycle())
        .query("Granularity", r.granularity().wireValue())
        .query("BillingDate", r.billingDate().orElse(null))
        .query("InstanceID", r.instanceId().orElse(null))
        .query("SplitItemID", r.splitItemId().orElse(null))
        .query("ProductCode", r.productCode().orElse(null))
        .query("ProductType", r.productType().orElse(null))
        .query("PipCode", r.pipCode().orElse(null))
        .query("SubscriptionType", wire(r.subscriptionType()))
        .query("IsHideZeroCharge", flag(r.hideZeroCharge()))
        .query("MaxResults", r.maxResults())
        .query("NextToken", token.orElse(null))
        .query("BillOwnerId", boxed(r.billOwnerId()));
    for (int i = 0; i < r.tagFilters().size(); i++) {
      TagFilter filter = r.tagFilters().get(i);
      String prefix = "TagFilter." + (i + 1) + ".";
      b.query(prefix + "TagKey", filter.key());
      for (int j = 0; j < filter.values().size(); j++) {
        b.query(prefix + "TagValues." + (j + 1), filter.values().get(j));
      }
    }
    return b.build();
  }

  ApiRequest<BssAnswer<AccountBalance>> queryAccountBalance() {
    return queryAccountBalance.request().build();
  }

  ApiRequest<BssAnswer<PayAsYouGoPrice>> getPayAsYouGoPrice(GetPayAsYouGoPriceRequest r) {
    ApiRequest.Builder<BssAnswer<PayAsYouGoPrice>> b = getPayAsYouGoPrice.request()
        .query("ProductCode", r.productCode())
        .query("SubscriptionType", SubscriptionType.PAY_AS_YOU_GO.wireValue())
        .query("ProductType", r.productType().orElse(null))
        .query("Region", r.region().orElse(null));
    for (int i = 0; i < r.modules().size(); i++) {
      PricingModule m = r.modules().get(i);
      String prefix = "ModuleList." + (i + 1) + ".";
      b.query(prefix + "ModuleCode", m.moduleCode())
          .query(prefix + "Config", m.config())
          .query(prefix + "PriceType", m.priceType().wireValue());
    }
    return b.build();
  }

  private static String wire(Optional<SubscriptionType> type) {
    return type.map(SubscriptionType::wireValue).orElse(null);
  }

  /** Flags are sent only when set, leaving the service's default (false) otherwise. */
  private static String flag(boolean value) {
    return value ? "true" : null;
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  /**
   * Reads the envelope, keeps the service's error when {@code Success} is not true, and maps the
   * payload otherwise. A payload that breaks its documented format is a malformed answer.
   */
  private static <D, R> ResponseDecoder<BssAnswer<R>> decoder(Class<D> dataType, BiFunction<D, String, R> map) {
    ObjectReader reader = ENVELOPE_READERS.computeIfAbsent(dataType, type -> {
      JavaType envelope = Json.mapper().getTypeFactory().constructParametricType(WireEnvelope.class, type);
      return Json.mapper().readerFor(envelope);
    });
    return (body, metadata) -> {
      WireEnvelope<D> envelope = reader.readValue(body);
      if (envelope == null) {
        throw new JsonMappingException(null, "the response body is empty where a JSON object was expected");
      }
      String requestId = WireValues.text(envelope.requestId()).orElse(metadata.requestId().orElse(null));
      if (!Boolean.TRUE.equals(envelope.success())) {
        String message = WireValues.text(envelope.message())
            .orElse("the answer's Success field is " + envelope.success() + ", not true");
        return BssAnswer.failed(new ServiceErrorDetails(metadata.operation(), metadata.httpStatus(),
            envelope.code(), message, requestId, null));
      }
      if (envelope.data() == null) {
        throw new JsonMappingException(null, "the answer has no Data");
      }
      try {
        return BssAnswer.of(map.apply(envelope.data(), requestId));
      } catch (WireFormatException e) {
        throw new JsonMappingException(null, e.getMessage(), e);
      }
    };
  }
}
