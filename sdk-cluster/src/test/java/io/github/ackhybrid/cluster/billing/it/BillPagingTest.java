package io.github.ackhybrid.cluster.billing.it;

import static io.github.ackhybrid.cluster.billing.it.SimulatedAccount.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.cluster.billing.InstanceBill;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.Paginator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A thousand bill lines through both paging styles, and a token used too late. */
class BillPagingTest {
  private SimulatedAccount account;

  @BeforeEach
  void start() {
    account = new SimulatedAccount();
    for (int i = 0; i < 1000; i++) {
      account.sim.billing().addUntaggedCharge(String.format(Locale.ROOT, "i-%04d", i), "ecs", new BigDecimal("0.01"), MARCH);
    }
  }

  @AfterEach
  void stop() {
    account.close();
  }

  private static Set<String> instanceIds(List<InstanceBill> bills) {
    Set<String> ids = new HashSet<>();
    for (InstanceBill bill : bills) {
      ids.add(bill.instanceId().orElseThrow());
    }
    return ids;
  }

  private static Money total(List<InstanceBill> bills) {
    Money sum = Money.zero("CNY");
    for (InstanceBill bill : bills) {
      sum = sum.plus(bill.amounts().pretaxAmount());
    }
    return sum;
  }

  @Test
  void tokenPagingYieldsEachOfAThousandLinesOnce() {
    List<InstanceBill> bills = account.billing.describeInstanceBill(r -> r.billingCycle(MARCH).maxResults(300)).toList();
    assertEquals(1000, bills.size());
    assertEquals(1000, instanceIds(bills).size());
    assertEquals(Money.of("10.00", "CNY"), total(bills));
    assertEquals(4, account.sim.requests("DescribeInstanceBill").size());
  }

  @Test
  void pageNumberPagingYieldsEachOfAThousandLinesOnce() {
    List<InstanceBill> bills = account.billing.queryInstanceBill(r -> r.billingCycle(MARCH).pageSize(300)).toList();
    assertEquals(1000, bills.size());
    assertEquals(1000, instanceIds(bills).size());
    assertEquals(Money.of("10.00", "CNY"), total(bills));
    assertEquals(4, account.sim.requests("QueryInstanceBill").size());
  }

  @Test
  void aTokenUsedAfterItExpiredFailsWithTheServiceError() {
    account.sim.billing().tokenLifetime(Duration.ofMinutes(5));
    Paginator<InstanceBill> bills = account.billing.describeInstanceBill(r -> r.billingCycle(MARCH).maxResults(300));
    Iterator<InstanceBill> it = bills.iterator();
    for (int i = 0; i < 300; i++) {
      it.next();
    }
    account.advance(Duration.ofMinutes(6));
    ServiceException e = assertThrows(ServiceException.class, it::next);
    assertEquals(400, e.statusCode());
    assertEquals("InvalidParameter", e.errorCode());
  }
}
