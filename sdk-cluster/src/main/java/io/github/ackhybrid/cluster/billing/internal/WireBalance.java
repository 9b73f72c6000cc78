package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;

/**
 * The {@code Data} of {@code QueryAccountBalance}; its amounts are strings on the wire.
 *
 * @param availableAmount {@code AvailableAmount}
 * @param availableCashAmount {@code AvailableCashAmount}
 * @param creditAmount {@code CreditAmount}
 * @param mybankCreditAmount {@code MybankCreditAmount}
 * @param quotaLimit {@code QuotaLimit}
 * @param currency {@code Currency}
 */
record WireBalance(
    @JsonProperty("AvailableAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal availableAmount,
    @JsonProperty("AvailableCashAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal availableCashAmount,
    @JsonProperty("CreditAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal creditAmount,
    @JsonProperty("MybankCreditAmount") @JsonDeserialize(using = WireAmount.class) BigDecimal mybankCreditAmount,
    @JsonProperty("QuotaLimit") @JsonDeserialize(using = WireAmount.class) BigDecimal quotaLimit,
    @JsonProperty("Currency") String currency) {}
