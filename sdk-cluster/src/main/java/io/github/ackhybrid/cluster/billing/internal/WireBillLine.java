package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;

/**
 * One bill line as any of the bill operations writes it: the union of the fields of
 * {@code QueryBillOverview}, {@code QueryBill}, {@code QueryInstanceBill},
 * {@code DescribeInstanceBill} and {@code DescribeSplitItemBill} items. An operation fills the
 * fields it has and leaves the rest null. Amounts are read exactly by {@link WireAmount}; the
 * strings that hold numbers ({@code ListPrice}, {@code Usage}, {@code ServicePeriod}) are parsed when
 * mapped.
 *
 * @param productCode {@code ProductCode}
 * @param productName {@code ProductName}
 * @param productType {@code ProductType}
 * @param productDetail {@code ProductDetail}
 * @param pipCode {@code PipCode}
 * @param commodityCode {@code CommodityCode}
 * @param subscriptionType {@code SubscriptionType}
 * @param billType {@code Item}
 * @param bizType {@code BizType}
 * @param currency {@code Currency}
 * @param paymentCurrency {@code PaymentCurrency}
 * @param ownerId {@code OwnerID}
 * @param billAccountId {@code BillAccountID}
 * @param billAccountName {@code BillAccountName}
 * @param recordId {@code RecordID}
 * @param subOrderId {@code SubOrderId}
 * @param paymentTransactionId {@code PaymentTransactionID}
 * @param paymentTime {@code PaymentTime}
 * @param usageStartTime {@code UsageStartTime}
 * @param usageEndTime {@code UsageEndTime}
 * @param status {@code Status}
 * @param instanceId {@code InstanceID}
 * @param nickName {@code NickName}
 * @param itemName {@code ItemName}
 * @param instanceConfig {@code InstanceConfig}
 * @param instanceSpec {@code InstanceSpec}
 * @param internetIp {@code InternetIP}
 * @param intranetIp {@code IntranetIP}
 * @param region {@code Region}
 * @param zone {@code Zone}
 * @param resourceGroup {@code ResourceGroup}
 * @param costUnit {@code CostUnit}
 * @param tag {@code Tag}
 * @param billingDate {@code BillingDate}
 * @param billingType {@code BillingType}
 * @param billingItem {@code BillingItem}
 * @param billingItemCode {@code BillingItemCode}
 * @param listPrice {@code ListPrice}
 * @param listPriceUnit {@code ListPriceUnit}
 * @param usage {@code Usage}
 * @param usageUnit {@code UsageUnit}
 * @param servicePeriod {@code ServicePeriod}
 * @param servicePeriodUnit {@code ServicePeriodUnit}
 * @param splitItemId {@code SplitItemID}
 * @param splitItemName {@code SplitItemName}
 * @param splitAccountId {@code SplitAccountID}
 * @param splitAccountName {@code SplitAccountName}
 * @param splitBillingCycle {@code SplitBillingCycle}
 * @param splitBillingDate {@code SplitBillingDate}
 * @param splitCommodityCode {@code SplitCommodityCode}
 * @param splitProductDetail {@code SplitProductDetail}
 * @param pretaxGrossAmount {@code PretaxGrossAmount}
 * @param pretaxAmount {@code PretaxAmount}
 * @param afterDiscountAmount {@code AfterDiscountAmount}
 * @param paymentAmount {@code PaymentAmount}
 * @param cashAmount {@code CashAmount}
 * @param outstandingAmount {@code OutstandingAmount}
 * @param invoiceDiscount {@code InvoiceDiscount}
 * @param deductedByCoupons {@code DeductedByCoupons}
 * @param deductedByCashCoupons {@code DeductedByCashCoupons}
 * @param deductedByPrepaidCard {@code DeductedByPrepaidCard}
 * @param deductedByResourcePackage {@code DeductedByResourcePackage}
 * @param adjustAmount {@code AdjustAmount}
 * @param afterTaxAmount {@code AfterTaxAmount}
 * @param tax {@code Tax}
 * @param roundDownDiscount {@code RoundDownDiscount}
 */
record WireBillLine(
    @JsonProperty("ProductCode") String productCode,
    @JsonProperty("ProductName") String productName,
    @JsonProperty("ProductType") String productType,
    @JsonProperty("ProductDetail") String productDetail,
    @JsonProperty("PipCode") String pipCode,
    @JsonProperty("CommodityCode") String commodityCode,
    @JsonProperty("SubscriptionType") String subscriptionType,
    @JsonProperty("Item") String billType,
    @JsonProperty("BizType") String bizType,
    @JsonProperty("Currency") String currency,
    @JsonProperty("PaymentCurrency") String paymentCurrency,
    @JsonProperty("OwnerID") String ownerId,
    @JsonProperty("BillAccountID") String billAccountId,
    @JsonProperty("BillAccountName") String billAccountName,
    @JsonProperty("RecordID") String recordId,
    @JsonProperty("SubOrderId") String subOrderId,
    @JsonProperty("PaymentTransactionID") String paymentTransactionId,
    @JsonProperty("PaymentTime") String paymentTime,
    @JsonProperty("UsageStartTime") String usageStartTime,
    @JsonProperty("UsageEndTime") String usageEndTime,
    @JsonProperty("Status") String status,
    @JsonProperty("InstanceID") String instanceId,
    @JsonProperty("NickName") String nickName,
    @JsonProperty("ItemName") String itemName,
    @JsonProperty("InstanceConfig") String instanceConfig,
    @JsonProperty("InstanceSpec") String instanceSpec,
    @JsonProperty("InternetIP") String internetIp,
    @JsonProperty("IntranetIP") String intranetIp,
    @JsonProperty("Region") String region,
    @JsonProperty("Zone") String zone,
    @JsonProperty("ResourceGroup") String resourceGroup,
    @JsonProperty("CostUnit") String costUnit,
    @JsonProperty("Tag") String tag,
    @JsonProperty("BillingDate") String billingDate,
    @JsonProperty("BillingType") String billingType,
    @JsonProperty("BillingItem") String billingItem,
    @JsonProperty("BillingItemCode") String billingItemCode,
    @JsonProperty("ListPrice") String listPrice,
    @JsonProperty("ListPriceUnit") String listPriceUnit,
    @JsonProperty("Usage") String usage,
    @JsonProperty("UsageUnit") String usageUnit,
    @JsonProperty("ServicePeriod") String servicePeriod,
    @JsonProperty("ServicePeriodUnit") String servicePeriodUnit,
    @JsonProperty("SplitItemID") String splitItemId,
    @JsonProperty("SplitItemName") String splitItemName,
    @JsonProperty("SplitAccountID") String splitAccountId,
    @JsonProperty("SplitAccountName") String splitAccountName,
    @JsonProperty("SplitBillingCycle") String splitBillingCycle,
    @JsonProperty("SplitBillingDate") String splitBillingDate,
    @JsonProperty("SplitCommodityCode") String splitCommodityCode,
    @JsonProperty("SplitProductDetail") String splitProductDetail,
    @JsonProperty("PretaxGrossAmount")
        @JsonDeserialize(using = WireAmount.class) BigDecimal pretaxGrossAmount,
    @JsonProperty("PretaxAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal pretaxAmount,
    @JsonProperty("AfterDiscountAmount")
        @JsonDeserialize(using = WireAmount.class) BigDecimal afterDiscountAmount,
    @JsonProperty("PaymentAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal paymentAmount,
    @JsonProperty("CashAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal cashAmount,
    @JsonProperty("OutstandingAmount")
        @JsonDeserialize(using = WireAmount.class) BigDecimal outstandingAmount,
    @JsonProperty("InvoiceDiscount") @JsonDeserialize(using = WireAmount.class) BigDecimal invoiceDiscount,
    @JsonProperty("DeductedByCoupons")
        @JsonDeserialize(using = WireAmount.class) BigDecimal deductedByCoupons,
    @JsonProperty("DeductedByCashCoupons")
        @JsonDeserialize(using = WireAmount.class) BigDecimal deductedByCashCoupons,
    @JsonProperty("DeductedByPrepaidCard")
        @JsonDeserialize(using = WireAmount.class) BigDecimal deductedByPrepaidCard,
    @JsonProperty("DeductedByResourcePackage")
        @JsonDeserialize(using = WireAmount.class) BigDecimal deductedByResourcePackage,
    @JsonProperty("AdjustAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal adjustAmount,
    @JsonProperty("AfterTaxAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal afterTaxAmount,
    @JsonProperty("Tax") @JsonDeserialize(using = WireAmount.class) BigDecimal tax,
    @JsonProperty("RoundDownDiscount")
        @JsonDeserialize(using = WireAmount.class) BigDecimal roundDownDiscount) {}
