package io.github.ackhybrid.testing.internal.bss;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Writes bill items with the field names of billing.md §2.3-2.7. Amounts are JSON numbers written
 * from {@link BigDecimal}, so they reach the client exactly.
 */
final class BillJson {
  private static final DateTimeFormatter BILL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BillingLedger.ZONE);

  private BillJson() {}

  /** One instance-level line: the sum of an instance's records for the month or the day. */
  record Line(Charge first, BigDecimal amount, long seconds, Optional<LocalDate> day) {}

  static void product(ObjectNode item, Charge c, String currency, String ackProductCode) {
    item.put("ProductCode", c.productCode());
    item.put("ProductType", c.productCode());
    item.put("ProductName", c.productName());
    item.put("ProductDetail", c.productName());
    item.put("PipCode", c.productCode());
    // The activation commodity codes of billing.md §2.10, one per site.
    item.put("CommodityCode", c.productCode().equals(ackProductCode)
        ? (currency.equals("CNY") ? "csk_propayasgo_public_cn" : "csk_propayasgo_public_intl") : c.productCode());
    item.put("SubscriptionType", "PayAsYouGo");
    item.put("Item", "PayAsYouGoBill");
    item.put("BizType", "normal");
    item.put("Currency", currency);
    item.put("OwnerID", BillingLedger.ACCOUNT_ID);
    item.put("BillAccountID", BillingLedger.ACCOUNT_ID);
    item.put("BillAccountName", BillingLedger.ACCOUNT_NAME);
  }

  static void amounts(ObjectNode item, BigDecimal amount) {
    item.put("PretaxGrossAmount", amount);
    item.put("PretaxAmount", amount);
    item.put("AfterDiscountAmount", amount);
    item.put("PaymentAmount", amount);
    item.put("CashAmount", amount);
    item.put("OutstandingAmount", BigDecimal.ZERO);
    item.put("InvoiceDiscount", BigDecimal.ZERO);
    item.put("DeductedByCoupons", BigDecimal.ZERO);
    item.put("DeductedByCashCoupons", BigDecimal.ZERO);
    item.put("DeductedByPrepaidCard", BigDecimal.ZERO);
    item.put("AdjustAmount", BigDecimal.ZERO);
  }

  /** An item of DescribeInstanceBill, QueryInstanceBill and (with the split fields) DescribeSplitItemBill. */
  static void instance(ObjectNode item, Line line, String currency, String ackProductCode, boolean perBillingItem) {
    Charge c = line.first();
    item.put("InstanceID", c.instanceId());
    item.put("NickName", "");
    item.put("ItemName", c.instanceId());
    item.put("InstanceConfig", "");
    item.put("InstanceSpec", "");
    item.put("InternetIP", "");
    item.put("IntranetIP", "");
    item.put("Region", "");
    item.put("Zone", "");
    item.put("ResourceGroup", "");
    item.put("CostUnit", "Not allocated");
    item.put("Tag", c.tagText());
    product(item, c, currency, ackProductCode);
    item.put("BillingType", "Other");
    item.put("BillingDate", line.day().map(LocalDate::toString).orElse(""));
    item.put("BillingItem", perBillingItem ? c.billingItem() : "");
    item.put("BillingItemCode", perBillingItem ? c.billingItem() : "");
    item.put("ServicePeriod", Long.toString(line.seconds()));
    item.put("ServicePeriodUnit", "Second");
    item.put("DeductedByResourcePackage", "0");
    amounts(item, line.amount());
  }

  static void split(ObjectNode item, Line line) {
    Charge c = line.first();
    item.put("SplitItemID", c.instanceId());
    item.put("SplitItemName", c.instanceId());
    item.put("SplitAccountID", BillingLedger.ACCOUNT_ID);
    item.put("SplitAccountName", BillingLedger.ACCOUNT_NAME);
    item.put("SplitBillingCycle", c.cycle().toString());
    item.put("SplitBillingDate", line.day().map(LocalDate::toString).orElse(""));
    item.put("SplitCommodityCode", c.productCode());
    item.put("SplitProductDetail", c.productName());
  }

  /** An item of QueryBill: one record as billed. */
  static void record(ObjectNode item, Charge c, String currency, String ackProductCode) {
    item.put("RecordID", c.recordId());
    item.put("SubOrderId", "");
    item.put("PaymentTransactionID", "");
    item.put("PaymentTime", time(c.usageEnd()));
    item.put("UsageStartTime", time(c.usageStart()));
    item.put("UsageEndTime", time(c.usageEnd()));
    item.put("Status", "PayFinish");
    product(item, c, currency, ackProductCode);
    amounts(item, c.amount());
  }

  static String time(Instant instant) {
    return BILL_TIME.format(instant);
  }
}
