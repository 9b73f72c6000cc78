package io.github.ackhybrid.testing.internal.pool;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the join command {@code DescribeClusterAttachScripts} answers with, in the shapes of the
 * reference's examples: {@code curl ... attach_node.sh | bash -s -- --openapi-token ...} for ECS,
 * Lingjun and hybrid pools, {@code edgeadm join --openapi-token=...} for edge pools; and finds the
 * token again in a script a test "runs". The token's expiry is written as {@code --expired <UNIX
 * seconds>}, a simulator convention (no source shows whether real scripts carry it) that the SDK
 * reads.
 */
final class AttachScripts {
  private static final Pattern TOKEN = Pattern.compile("--openapi-token[= ]([A-Za-z0-9]+)");

  private AttachScripts() {}

  /** The parts of a script: where it joins, with what, and the options the request set. */
  record Script(String region, String version, String clusterId, String poolId, String poolType, String token,
      long expiresEpochSecond, String arch, boolean formatDisk, boolean keepInstanceName, List<String> addons, boolean manageRuntime,
      boolean enableIptables, String nodeNameOverride) {}

  static String render(Script s) {
    String version = s.version().isEmpty() ? "1.33.3-aliyun.1" : s.version();
    if (s.poolType().equals("edge")) {
      return "wget http://aliacs-edge-k8s-" + s.region() + ".oss-" + s.region() + ".aliyuncs.com/public/pkg/run/attach/"
          + version + "/" + s.arch() + "/edgeadm -O edgeadm; chmod u+x edgeadm; ./edgeadm join --openapi-token="
          + s.token() + " --expired=" + s.expiresEpochSecond() + " --cluster-id=" + s.clusterId() + " --nodepool-id=" + s.poolId() + " --node-spec=\"{\\\"arch\\\":\\\""
          + s.arch() + "\\\",\\\"manageRuntime\\\":" + s.manageRuntime() + "}\"";
    }
    // Servers outside the VPC cannot reach the internal OSS endpoint, so hybrid pools get the public one.
    String oss = s.poolType().equals(NodePoolBodies.HYBRID) ? "oss-" + s.region() : "oss-" + s.region() + "-internal";
    StringBuilder out = new StringBuilder()
        .append("curl -fsSL http://aliacs-k8s-").append(s.region()).append('.').append(oss)
        .append(".aliyuncs.com/public/pkg/run/attach/").append(version).append("/attach_node.sh | bash -s --")
        .append(" --openapi-token ").append(s.token())
        .append(" --expired ").append(s.expiresEpochSecond())
        .append(" --ack-url https://cs-anony.").append(s.region()).append(".aliyuncs.com")
        .append(" --cluster-id ").append(s.clusterId())
        .append(" --nodepool-id ").append(s.poolId())
        .append(" --arch ").append(s.arch())
        .append(" --runtime containerd")
        .append(" --enable-iptables ").append(s.enableIptables())
        .append(" --manage-runtime ").append(s.manageRuntime());
    if (!s.addons().isEmpty()) {
      out.append(" --addon-names ").append(String.join(",", s.addons()));
    }
    if (s.formatDisk()) {
      out.append(" --format-disk");
    }
    if (!s.keepInstanceName()) {
      out.append(" --rename-instance");
    }
    if (!s.nodeNameOverride().isEmpty()) {
      out.append(" --node-name-override '").append(s.nodeNameOverride()).append('\'');
    }
    return out.toString();
  }

  static Optional<String> token(String script) {
    Matcher m = TOKEN.matcher(script);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
