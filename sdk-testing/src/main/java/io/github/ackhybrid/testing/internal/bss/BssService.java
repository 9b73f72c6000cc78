package io.github.ackhybrid.testing.internal.bss;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The BSS OpenAPI (2017-12-14, RPC, parameters in the query) as billing.md §2 describes it:
 * QueryBillOverview, QueryBill, QueryInstanceBill (page numbers, items in {@code {"Item": [...]}}),
 * DescribeInstanceBill and DescribeSplitItemBill ({@code NextToken} paging, items in a plain
 * array), QueryAccountBalance (amounts as strings, {@code Code} {@code "200"}) and
 * GetPayAsYouGoPrice. Bills come from the {@link BillingLedger}: management fee hours of the
 * simulated Pro clusters plus the charges tests added.
 *
 * <p>Instance bills hold one line per instance and month ({@code MONTHLY}) or per instance and
 * day ({@code DAILY} with {@code BillingDate}); {@code QueryBill} lists every record (each fee hour
 * is one). Filters honoured: {@code ProductCode}, {@code ProductType}, {@code SubscriptionType},
 * {@code Type}, {@code InstanceID}, {@code SplitItemID}, {@code IsHideZeroCharge} and
 * {@code TagFilter} (keys OR-ed, values of a key OR-ed, a key alone matches any value).
 * {@code PageSize} and {@code MaxResults} must be 1-300; a {@code NextToken} works only for the
 * query it was issued for and only for the ledger's token lifetime, else 400
 * {@code InvalidParameter}. The reference documents that code for bad parameters but not the
 * exact messages, which are the simulator's.
 */
public final class BssService implements SimService {
  private final BillingLedger ledger;
  private final Map<String, BigDecimal> prices = new LinkedHashMap<>();

  /**
   * Creates the service.
   *
   * @param ledger the ledger it reads bills from
   */
  public BssService(BillingLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void register(Routes routes) {
    routes.rpc(Product.BSS, "QueryBillOverview", this::queryBillOverview)
        .rpc(Product.BSS, "QueryBill", this::queryBill)
        .rpc(Product.BSS, "DescribeInstanceBill", (r, now) -> instanceBills(r, now, false))
        .rpc(Product.BSS, "QueryInstanceBill", this::queryInstanceBill)
        .rpc(Product.BSS, "DescribeSplitItemBill", (r, now) -> instanceBills(r, now, true))
        .rpc(Product.BSS, "QueryAccountBalance", this::queryAccountBalance)
        .rpc(Product.BSS, "GetPayAsYouGoPrice", this::getPayAsYouGoPrice);
  }

  @Override
  public void reset() {
    ledger.reset();
    prices.clear();
  }

  /**
   * Sets the hourly price {@code GetPayAsYouGoPrice} quotes for one module of a product. Call
   * under the state lock.
   *
   * @param productCode the product code
   * @param moduleCode the module code
   * @param perHour the price per hour in the account currency
   */
  public void price(String productCode, String moduleCode, BigDecimal perHour) {
    prices.put(productCode + "\u0000" + moduleCode, perHour);
  }

  private ObjectNode data(YearMonth cycle) {
    ObjectNode data = Json.mapper().createObjectNode();
    data.put("BillingCycle", cycle.toString());
    data.put("AccountID", BillingLedger.ACCOUNT_ID);
    data.put("AccountName", BillingLedger.ACCOUNT_NAME);
    return data;
  }

  private static SimResponse success(SimRequest request, ObjectNode data, String code, String message) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("Code", code);
    body.put("Message", message);
    body.put("RequestId", request.requestId());
    body.put("Success", true);
    body.set("Data", data);
    return SimResponse.json(200, body);
  }

  private static SimResponse success(SimRequest request, ObjectNode data) {
    return success(request, data, "Success", "Successful!");
  }

  /** The records of the month that pass the product filters every bill operation shares. */
  private List<Charge> selected(BssQuery q, YearMonth cycle, Instant now) {
    Optional<String> productCode = q.text("ProductCode");
    Optional<String> productType = q.text("ProductType");
    Optional<String> subscription = q.text("SubscriptionType");
    if (subscription.isPresent() && !subscription.get().equals("PayAsYouGo")
        && !subscription.get().equals("Subscription")) {
      throw ApiError.invalidParameter("SubscriptionType must be Subscription or PayAsYouGo, was \""
          + subscription.get() + "\".");
    }
    List<Charge> out = new ArrayList<>();
    for (Charge c : ledger.charges(cycle, now)) {
      if (productCode.map(c.productCode()::equals).orElse(true)
          && productType.map(c.productCode()::equals).orElse(true)
          && subscription.map("PayAsYouGo"::equals).orElse(true)) {
        out.add(c);
      }
    }
    return out;
  }

  private SimResponse queryBillOverview(SimRequest request, Instant now) {
    BssQuery q = new BssQuery(request);
    YearMonth cycle = q.cycle();
    Map<String, List<Charge>> byProduct = new LinkedHashMap<>();
    for (Charge c : selected(q, cycle, now)) {
      byProduct.computeIfAbsent(c.productCode(), k -> new ArrayList<>()).add(c);
    }
    ObjectNode data = data(cycle);
    ArrayNode items = data.putObject("Items").putArray("Item");
    for (List<Charge> charges : byProduct.values()) {
      ObjectNode item = items.addObject();
      BillJson.product(item, charges.get(0), ledger.currency(), ledger.ackProductCode());
      item.put("PaymentCurrency", ledger.currency());
      BillJson.amounts(item, sum(charges));
      item.put("AfterTaxAmount", sum(charges));
      item.put("Tax", BigDecimal.ZERO);
      item.put("PretaxAmountLocal", sum(charges));
      item.put("RoundDownDiscount", "0.00");
    }
    return success(request, data);
  }

  private SimResponse queryBill(SimRequest request, Instant now) {
    BssQuery q = new BssQuery(request);
    YearMonth cycle = q.cycle();
    Optional<String> type = q.text("Type");
    boolean hideZero = q.flag("IsHideZeroCharge");
    int pageNum = q.number("PageNum", 1, 1, Integer.MAX_VALUE);
    int pageSize = q.pageSize("PageSize");
    List<Charge> records = new ArrayList<>();
    for (Charge c : selected(q, cycle, now)) {
      if (type.map("PayAsYouGoBill"::equals).orElse(true) && !(hideZero && c.amount().signum() == 0)) {
        records.add(c);
      }
    }
    ObjectNode data = numberedPage(cycle, pageNum, pageSize, records.size());
    ArrayNode items = data.putObject("Items").putArray("Item");
    for (Charge c : slice(records, (long) (pageNum - 1) * pageSize, pageSize)) {
      BillJson.record(items.addObject(), c, ledger.currency(), ledger.ackProductCode());
    }
    return success(request, data);
  }

  private SimResponse queryInstanceBill(SimRequest request, Instant now) {
    BssQuery q = new BssQuery(request);
    YearMonth cycle = q.cycle();
    Optional<LocalDate> day = q.day(cycle);
    boolean perItem = q.flag("IsBillingItem");
    int pageNum = q.number("PageNum", 1, 1, Integer.MAX_VALUE);
    int pageSize = q.pageSize("PageSize");
    List<BillJson.Line> lines = lines(q, cycle, day, now, Optional.empty(), List.of());
    ObjectNode data = numberedPage(cycle, pageNum, pageSize, lines.size());
    ArrayNode items = data.putObject("Items").putArray("Item");
    for (BillJson.Line line : slice(lines, (long) (pageNum - 1) * pageSize, pageSize)) {
      BillJson.instance(items.addObject(), line, ledger.currency(), ledger.ackProductCode(), perItem);
    }
    return success(request, data);
  }

  private SimResponse instanceBills(SimRequest request, Instant now, boolean split) {
    BssQuery q = new BssQuery(request);
    YearMonth cycle = q.cycle();
    Optional<LocalDate> day = q.day(cycle);
    boolean perItem = !split && q.flag("IsBillingItem");
    int maxResults = q.pageSize("MaxResults");
    List<BssQuery.TagFilter> tags = split ? q.tagFilters() : List.of();
    Optional<String> instanceId = q.text("InstanceID").or(() -> split ? q.text("SplitItemID") : Optional.empty());
    List<BillJson.Line> lines = lines(q, cycle, day, now, instanceId, tags);
    String selection = (split ? "split" : "instance") + q.selection();
    int offset = q.text("NextToken").map(token -> ledger.tokens().offset(token, selection, now)).orElse(0);
    ObjectNode data = data(cycle);
    data.put("TotalCount", lines.size());
    data.put("MaxResults", maxResults);
    long next = (long) offset + maxResults;
    data.put("NextToken", next < lines.size() ? ledger.tokens().issue(selection, (int) next, now) : "");
    ArrayNode items = data.putArray("Items");
    for (BillJson.Line line : slice(lines, offset, maxResults)) {
      ObjectNode item = items.addObject();
      BillJson.instance(item, line, ledger.currency(), ledger.ackProductCode(), perItem);
      if (split) {
        BillJson.split(item, line);
      }
    }
    return success(request, data);
  }

  /** Sums the month's records per instance (and per day when one is asked for), in first-seen order. */
  private List<BillJson.Line> lines(BssQuery q, YearMonth cycle, Optional<LocalDate> day, Instant now,
      Optional<String> instanceId, List<BssQuery.TagFilter> tags) {
    boolean hideZero = q.flag("IsHideZeroCharge");
    Map<String, List<Charge>> byInstance = new LinkedHashMap<>();
    for (Charge c : selected(q, cycle, now)) {
      if (day.map(c.billingDate()::equals).orElse(true)
          && instanceId.map(c.instanceId()::equals).orElse(true)
          && (tags.isEmpty() || tags.stream().anyMatch(f -> matches(f, c)))) {
        byInstance.computeIfAbsent(c.instanceId() + "\u0000" + c.productCode(), k -> new ArrayList<>()).add(c);
      }
    }
    List<BillJson.Line> out = new ArrayList<>();
    for (List<Charge> charges : byInstance.values()) {
      BigDecimal amount = sum(charges);
      if (hideZero && amount.signum() == 0) {
        continue;
      }
      long seconds = 0;
      for (Charge c : charges) {
        seconds += c.usageEnd().getEpochSecond() - c.usageStart().getEpochSecond();
      }
      out.add(new BillJson.Line(charges.get(0), amount, seconds, day));
    }
    return out;
  }

  private static boolean matches(BssQuery.TagFilter filter, Charge c) {
    Optional<String> value = filter.key().equals(BillingLedger.CLUSTER_TAG) ? c.clusterId()
        : filter.key().equals(BillingLedger.NODE_POOL_TAG) ? c.nodePoolId() : Optional.empty();
    return value.isPresent() && (filter.values().isEmpty() || filter.values().contains(value.get()));
  }

  private ObjectNode numberedPage(YearMonth cycle, int pageNum, int pageSize, int total) {
    ObjectNode data = data(cycle);
    data.put("PageNum", pageNum);
    data.put("PageSize", pageSize);
    data.put("TotalCount", total);
    return data;
  }

  private static <T> List<T> slice(List<T> all, long from, int size) {
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  private static BigDecimal sum(List<Charge> charges) {
    BigDecimal total = BigDecimal.ZERO;
    for (Charge c : charges) {
      total = total.add(c.amount());
    }
    return total;
  }

  private SimResponse queryAccountBalance(SimRequest request, Instant now) {
    ObjectNode data = Json.mapper().createObjectNode();
    data.put("AvailableAmount", money(ledger.balance()));
    data.put("AvailableCashAmount", money(ledger.balance().max(BigDecimal.ZERO)));
    data.put("CreditAmount", "0.00");
    data.put("MybankCreditAmount", "0.00");
    data.put("QuotaLimit", "0.00");
    data.put("Currency", ledger.currency());
    return success(request, data, "200", "success");
  }

  private static String money(BigDecimal amount) {
    return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString();
  }

  private SimResponse getPayAsYouGoPrice(SimRequest request, Instant now) {
    BssQuery q = new BssQuery(request);
    String productCode = q.text("ProductCode")
        .orElseThrow(() -> new ApiError(400, "ProductCodeMissing", "ProductCode is mandatory for this action."));
    String subscription = q.required("SubscriptionType");
    if (!subscription.equals("PayAsYouGo")) {
      throw ApiError.invalidParameter("SubscriptionType must be PayAsYouGo, was \"" + subscription + "\".");
    }
    q.required("ModuleList.1.ModuleCode");
    ObjectNode data = Json.mapper().createObjectNode();
    data.put("Currency", ledger.currency());
    ArrayNode modules = data.putObject("ModuleDetails").putArray("ModuleDetail");
    for (int n = 1; n <= 50 && q.text("ModuleList." + n + ".ModuleCode").isPresent(); n++) {
      String prefix = "ModuleList." + n + ".";
      String moduleCode = q.required(prefix + "ModuleCode");
      q.required(prefix + "Config");
      String priceType = q.required(prefix + "PriceType");
      if (!priceType.equals("Hour")) {
        throw ApiError.invalidParameter(prefix + "PriceType " + priceType
            + " is not priced by the simulator, which quotes hourly prices only.");
      }
      BigDecimal unit = productCode.equals(ledger.ackProductCode()) ? ledger.proFee()
          : prices.get(productCode + "\u0000" + moduleCode);
      if (unit == null) {
        throw new ApiError(400, "ProductNotSupported", "The product " + productCode + " module " + moduleCode
            + " has no pay-as-you-go price.");
      }
      ObjectNode module = modules.addObject();
      module.put("ModuleCode", moduleCode);
      module.put("OriginalCost", unit);
      module.put("InvoiceDiscount", BigDecimal.ZERO);
      module.put("CostAfterDiscount", unit);
      module.put("UnitPrice", unit);
    }
    data.putObject("PromotionDetails").putArray("PromotionDetail");
    return success(request, data);
  }
}
