package io.github.ackhybrid.testing.internal.pool;

import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.ack.SimCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unmet prerequisites of one node pool creation, collected so that one refusal names them all.
 */
final class Prerequisites {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+).*");

  private final List<String> reasons = new ArrayList<>();

  /** Notes an add-on that is missing or still installing; {@code note} follows its name, such as " (Terway Hybrid)". */
  void addon(SimCluster cluster, String name, String note) {
    Optional<String> state = cluster.addonState(name);
    if (state.isEmpty()) {
      reasons.add("the " + name + " add-on" + note + " is not installed");
    } else if (!state.get().equals("active")) {
      reasons.add("the " + name + " add-on" + note + " is still being installed");
    }
  }

  /** Notes a reason unless the condition holds. */
  void require(boolean met, String reason) {
    if (!met) {
      add(reason);
    }
  }

  /** Notes a reason. */
  void add(String reason) {
    reasons.add(reason);
  }

  /** Refuses with 400 and the code when anything was noted; {@code what} is the pool kind, as in "a hybrid cloud node pool". */
  void refuse(String code, SimCluster cluster, String clusterKind, String what) {
    if (!reasons.isEmpty()) {
      throw new ApiError(400, code, "The " + clusterKind + cluster.id() + " cannot host " + what + ": "
          + String.join("; ", reasons) + ".");
    }
  }

  /** Reads {@code major.minor} from a Kubernetes version such as {@code 1.33.3-aliyun.1}; empty if unreadable. */
  static Optional<int[]> minor(String version) {
    Matcher m = VERSION.matcher(version);
    return m.matches() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
        : Optional.empty();
  }

  /** Describes a cluster's version for a reason: the version, or that it is unknown. */
  static String describe(String version) {
    return version.isEmpty() ? "of an unknown version" : version;
  }
}
