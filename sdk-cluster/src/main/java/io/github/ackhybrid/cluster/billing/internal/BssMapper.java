package io.github.ackhybrid.cluster.billing.internal;

import static io.github.ackhybrid.cluster.billing.internal.WireValues.text;

import io.github.ackhybrid.cluster.billing.AccountBalance;
import io.github.ackhybrid.cluster.billing.BillAmounts;
import io.github.ackhybrid.cluster.billing.BillOverview;
import io.github.ackhybrid.cluster.billing.BillOverviewItem;
import io.github.ackhybrid.cluster.billing.BillRecord;
import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.cluster.billing.InstanceBill;
import io.github.ackhybrid.cluster.billing.ModulePrice;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.cluster.billing.PayAsYouGoPrice;
import io.github.ackhybrid.cluster.billing.Promotion;
import io.github.ackhybrid.cluster.billing.SplitItemBill;
import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.core.exception.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Turns the wire records of BSS answers into the public models. A line without a currency is
 * taken to be in the site's currency. Thread-safe.
 */
final class BssMapper {
  private final String defaultCurrency;

  BssMapper(BillingSite site) {
    this.defaultCurrency = site.currency();
  }

  BillOverview overview(WireBillData data, String requestId) {
    YearMonth cycle = WireValues.cycle(data.billingCycle(), "Data.BillingCycle");
    BillOverview.Builder b = BillOverview.builder().billingCycle(cycle)
        .accountId(text(data.accountId())).accountName(text(data.accountName())).requestId(text(requestId));
    for (WireBillLine line : items(data)) {
      b.addItem(overviewItem(line, cycle));
    }
    return b.build();
  }

  Page<BillRecord> billRecords(WireBillData data, String requestId) {
    return numbered(data, this::billRecord);
  }

  Page<InstanceBill> numberedInstanceBills(WireBillData data, String requestId) {
    return numbered(data, this::instanceBill);
  }

  Page<InstanceBill> instanceBills(WireTokenPageData data, String requestId) {
    return tokenPage(data, this::instanceBill);
  }

  Page<SplitItemBill> splitItemBills(WireTokenPageData data, String requestId) {
    return tokenPage(data, this::splitItemBill);
  }

  AccountBalance balance(WireBalance data, String requestId) {
    String currency = currency(data.currency());
    if (data.availableAmount() == null) {
      throw new WireFormatException("Data.AvailableAmount is missing", null);
    }
    return AccountBalance.builder()
        .availableAmount(money(data.availableAmount(), currency))
        .availableCashAmount(optionalMoney(data.availableCashAmount(), currency))
        .creditAmount(optionalMoney(data.creditAmount(), currency))
        .mybankCreditAmount(optionalMoney(data.mybankCreditAmount(), currency))
        .quotaLimit(optionalMoney(data.quotaLimit(), currency))
        .requestId(text(requestId))
        .build();
  }

  PayAsYouGoPrice price(WirePrice data, String requestId) {
    String currency = currency(data.currency());
    PayAsYouGoPrice.Builder b = PayAsYouGoPrice.builder().currency(currency).requestId(text(requestId));
    List<WirePrice.Module> modules = data.moduleDetails() == null ? null : data.moduleDetails().moduleDetail();
    for (WirePrice.Module m : orEmpty(modules)) {
      b.addModule(ModulePrice.builder()
          .moduleCode(text(m.moduleCode()).orElse(""))
          .originalCost(moneyOrZero(m.originalCost(), currency))
          .invoiceDiscount(moneyOrZero(m.invoiceDiscount(), currency))
          .costAfterDiscount(moneyOrZero(m.costAfterDiscount(), currency))
          .unitPrice(moneyOrZero(m.unitPrice(), currency))
          .build());
    }
    List<WirePrice.Promotion> promotions = data.promotionDetails() == null ? null
        : data.promotionDetails().promotionDetail();
    for (WirePrice.Promotion p : orEmpty(promotions)) {
      b.addPromotion(Promotion.builder()
          .id(p.promotionId() == null ? 0 : p.promotionId())
          .name(text(p.promotionName()))
          .description(text(p.promotionDesc()))
          .build());
    }
    return b.build();
  }

  private <T> Page<T> numbered(WireBillData data, BiFunction<WireBillLine, YearMonth, T> map) {
    YearMonth cycle = WireValues.cycle(data.billingCycle(), "Data.BillingCycle");
    List<T> items = new ArrayList<>();
    for (WireBillLine line : items(data)) {
      items.add(map.apply(line, cycle));
    }
    if (data.totalCount() == null) {
      return Page.of(items);
    }
    int pageNum = data.pageNum() == null || data.pageNum() < 1 ? 1 : data.pageNum();
    return Page.numbered(items, pageNum, Math.max(0, data.totalCount()));
  }

  private <T> Page<T> tokenPage(WireTokenPageData data, BiFunction<WireBillLine, YearMonth, T> map) {
    YearMonth cycle = WireValues.cycle(data.billingCycle(), "Data.BillingCycle");
    List<T> items = new ArrayList<>();
    for (WireBillLine line : orEmpty(data.items())) {
      items.add(map.apply(line, cycle));
    }
    return Page.withNextToken(items, data.nextToken());
  }

  private static List<WireBillLine> items(WireBillData data) {
    return data.items() == null ? Collections.emptyList() : orEmpty(data.items().item());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? Collections.emptyList() : list;
  }

  BillOverviewItem overviewItem(WireBillLine line, YearMonth cycle) {
    String currency = currency(line.currency());
    return BillOverviewItem.builder()
        .billingCycle(cycle)
        .productCode(text(line.productCode()))
        .productName(text(line.productName()))
        .productType(text(line.productType()))
        .productDetail(text(line.productDetail()))
        .pipCode(text(line.pipCode()))
        .commodityCode(text(line.commodityCode()))
        .subscriptionTypeAsString(text(line.subscriptionType()))
        .billTypeAsString(text(line.billType()))
        .bizType(text(line.bizType()))
        .paymentCurrency(text(line.paymentCurrency()))
        .ownerId(text(line.ownerId()))
        .billAccountId(text(line.billAccountId()))
        .billAccountName(text(line.billAccountName()))
        .roundDownDiscount(optionalMoney(line.roundDownDiscount(), currency))
        .amounts(amounts(line, currency))
        .build();
  }

  BillRecord billRecord(WireBillLine line, YearMonth cycle) {
    String currency = currency(line.currency());
    return BillRecord.builder()
        .billingCycle(cycle)
        .recordId(text(line.recordId()))
        .subOrderId(text(line.subOrderId()))
        .paymentTransactionId(text(line.paymentTransactionId()))
        .paymentTime(WireValues.time(line.paymentTime(), "PaymentTime"))
        .usageStartTime(WireValues.time(line.usageStartTime(), "UsageStartTime"))
        .usageEndTime(WireValues.time(line.usageEndTime(), "UsageEndTime"))
        .statusAsString(text(line.status()))
        .productCode(text(line.productCode()))
        .productName(text(line.productName()))
        .productType(text(line.productType()))
        .productDetail(text(line.productDetail()))
        .pipCode(text(line.pipCode()))
        .commodityCode(text(line.commodityCode()))
        .subscriptionTypeAsString(text(line.subscriptionType()))
        .billTypeAsString(text(line.billType()))
        .bizType(text(line.bizType()))
        .ownerId(text(line.ownerId()))
        .billAccountId(text(line.billAccountId()))
        .billAccountName(text(line.billAccountName()))
        .amounts(amounts(line, currency))
        .build();
  }

  InstanceBill instanceBill(WireBillLine line, YearMonth cycle) {
    String currency = currency(line.currency());
    return InstanceBill.builder()
        .billingCycle(cycle)
        .instanceId(text(line.instanceId()))
        .nickName(text(line.nickName()))
        .itemName(text(line.itemName()))
        .instanceConfig(text(line.instanceConfig()))
        .instanceSpec(text(line.instanceSpec()))
        .internetIp(text(line.internetIp()))
        .intranetIp(text(line.intranetIp()))
        .region(text(line.region()))
        .zone(text(line.zone()))
        .resourceGroup(text(line.resourceGroup()))
        .costUnit(text(line.costUnit()))
        .putAllTags(WireValues.tags(line.tag()))
        .tagsAsString(text(line.tag()))
        .billingDate(WireValues.date(line.billingDate(), "BillingDate"))
        .billingType(text(line.billingType()))
        .billingItem(text(line.billingItem()))
        .billingItemCode(text(line.billingItemCode()))
        .listPrice(WireValues.decimal(line.listPrice()))
        .listPriceUnit(text(line.listPriceUnit()))
        .usage(WireValues.decimal(line.usage()))
        .usageUnit(text(line.usageUnit()))
        .servicePeriod(WireValues.servicePeriod(line.servicePeriod(), line.servicePeriodUnit()))
        .servicePeriodAsString(WireValues.servicePeriodText(line.servicePeriod(), line.servicePeriodUnit()))
        .productCode(text(line.productCode()))
        .productName(text(line.productName()))
        .productType(text(line.productType()))
        .productDetail(text(line.productDetail()))
        .pipCode(text(line.pipCode()))
        .commodityCode(text(line.commodityCode()))
        .subscriptionTypeAsString(text(line.subscriptionType()))
        .billTypeAsString(text(line.billType()))
        .bizType(text(line.bizType()))
        .ownerId(text(line.ownerId()))
        .billAccountId(text(line.billAccountId()))
        .billAccountName(text(line.billAccountName()))
        .amounts(amounts(line, currency))
        .build();
  }

  SplitItemBill splitItemBill(WireBillLine line, YearMonth cycle) {
    return SplitItemBill.builder()
        .bill(instanceBill(line, cycle))
        .splitItemId(text(line.splitItemId()))
        .splitItemName(text(line.splitItemName()))
        .splitAccountId(text(line.splitAccountId()))
        .splitAccountName(text(line.splitAccountName()))
        .splitBillingCycle(text(line.splitBillingCycle()))
        .splitBillingDate(WireValues.date(line.splitBillingDate(), "SplitBillingDate"))
        .splitCommodityCode(text(line.splitCommodityCode()))
        .splitProductDetail(text(line.splitProductDetail()))
        .build();
  }

  private BillAmounts amounts(WireBillLine line, String currency) {
    return BillAmounts.builder()
        .pretaxGrossAmount(moneyOrZero(line.pretaxGrossAmount(), currency))
        .pretaxAmount(moneyOrZero(line.pretaxAmount(), currency))
        .afterDiscountAmount(optionalMoney(line.afterDiscountAmount(), currency))
        .paymentAmount(optionalMoney(line.paymentAmount(), currency))
        .cashAmount(optionalMoney(line.cashAmount(), currency))
        .outstandingAmount(optionalMoney(line.outstandingAmount(), currency))
        .invoiceDiscount(optionalMoney(line.invoiceDiscount(), currency))
        .deductedByCoupons(optionalMoney(line.deductedByCoupons(), currency))
        .deductedByCashCoupons(optionalMoney(line.deductedByCashCoupons(), currency))
        .deductedByPrepaidCard(optionalMoney(line.deductedByPrepaidCard(), currency))
        .deductedByResourcePackage(optionalMoney(line.deductedByResourcePackage(), currency))
        .adjustAmount(optionalMoney(line.adjustAmount(), currency))
        .afterTaxAmount(optionalMoney(line.afterTaxAmount(), currency))
        .tax(optionalMoney(line.tax(), currency))
        .build();
  }

  private String currency(String wire) {
    Optional<String> code = text(wire);
    if (code.isEmpty()) {
      return defaultCurrency;
    }
    try {
      return Money.zero(code.get()).currency();
    } catch (ValidationException e) {
      throw new WireFormatException("Currency must be a three-letter code, was \"" + code.get() + "\"", e);
    }
  }

  private static Money money(BigDecimal amount, String currency) {
    return Money.of(amount, currency);
  }

  private static Money moneyOrZero(BigDecimal amount, String currency) {
    return amount == null ? Money.zero(currency) : Money.of(amount, currency);
  }

  private static Optional<Money> optionalMoney(BigDecimal amount, String currency) {
    return amount == null ? Optional.empty() : Optional.of(Money.of(amount, currency));
  }
}
