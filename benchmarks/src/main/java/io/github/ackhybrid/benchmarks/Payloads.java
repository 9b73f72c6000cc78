package io.github.ackhybrid.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The canned answers the benchmark server sends, shaped as ACK sends them (ack-cs-api.md §3.2,
 * §3.3, §4.2-4.3, §4.9; official-client-wire.md): a {@code DescribeClusterDetail} body, a
 * {@code DescribeClusterNodePools} body of five fully populated pools (about 16 KB), and pages of
 * {@code DescribeClusterNodes} and {@code DescribeClustersV1}. Built once from trees so they are
 * valid JSON by construction.
 */
public final class Payloads {
  /** The cluster every benchmark call addresses. */
  public static final String CLUSTER_ID = "c82e6987e2961451182edacd74faf1a2b";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] CLUSTER_DETAIL = bytes(clusterTree(CLUSTER_ID, "idc-prod"));
  private static final byte[] NODE_POOLS = bytes(nodePoolsTree());

  private Payloads() {}

  /**
   * Returns the {@code DescribeClusterDetail} answer.
   *
   * @return the body; callers must not modify it
   */
  public static byte[] clusterDetail() {
    return CLUSTER_DETAIL;
  }

  /**
   * Returns the {@code DescribeClusterNodePools} answer: five pools with every block filled in.
   *
   * @return the body; callers must not modify it
   */
  public static byte[] nodePools() {
    return NODE_POOLS;
  }

  /**
   * Builds one page of {@code DescribeClusterNodes} out of a list of {@code total} nodes.
   *
   * @param pageNumber the 1-based page
   * @param pageSize nodes per page
   * @param total how many nodes the whole list holds
   * @return the body
   */
  public static byte[] nodesPage(int pageNumber, int pageSize, int total) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode nodes = root.putArray("nodes");
    int first = (pageNumber - 1) * pageSize;
    for (int i = first; i < Math.min(total, first + pageSize); i++) {
      nodes.add(node(i));
    }
    ObjectNode page = root.putObject("page");
    page.put("page_number", pageNumber);
    page.put("page_size", pageSize);
    page.put("total_count", total);
    root.put("request_id", "REQ-NODES-" + pageNumber);
    return bytes(root);
  }

  /**
   * Builds one page of {@code DescribeClustersV1} out of a list of {@code total} clusters.
   *
   * @param pageNumber the 1-based page
   * @param pageSize clusters per page
   * @param total how many clusters the whole list holds
   * @return the body
   */
  public static byte[] clustersPage(int pageNumber, int pageSize, int total) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode clusters = root.putArray("clusters");
    int first = (pageNumber - 1) * pageSize;
    for (int i = first; i < Math.min(total, first + pageSize); i++) {
      clusters.add(clusterTree(String.format(Locale.ROOT, "c%031x", i), "cluster-" + i));
    }
    ObjectNode page = root.putObject("page_info");
    page.put("page_number", pageNumber);
    page.put("page_size", pageSize);
    page.put("total_count", total);
    return bytes(root);
  }

  private static ObjectNode clusterTree(String id, String name) {
    ObjectNode c = MAPPER.createObjectNode();
    c.put("cluster_id", id);
    c.put("name", name);
    c.put("cluster_type", "ManagedKubernetes");
    c.put("profile", "Default");
    c.put("cluster_spec", "ack.pro.small");
    c.put("region_id", "cn-hangzhou");
    c.put("state", "running");
    c.put("size", 12);
    c.put("current_version", "1.33.1-aliyun.1");
    c.put("init_version", "1.31.1-aliyun.1");
    c.put("next_version", "1.34.1-aliyun.1");
    c.put("created", "2025-11-25T15:50:20+08:00");
    c.put("updated", "2026-01-13T23:01:03+08:00");
    c.put("vpc_id", "vpc-2zecuu62b9zw7a7qnx1y2");
    c.putArray("vswitch_ids").add("vsw-2zete8s4qocqg0mf6a1b2").add("vsw-2zete8s4qocqg0mf6c3d4");
    c.put("security_group_id", "sg-2ze6ess9kho6fdn9x1y2");
    c.put("resource_group_id", "rg-acfmyvw3wjm2x1y");
    c.put("container_cidr", "172.20.0.0/16");
    c.put("service_cidr", "172.21.0.0/20");
    c.put("node_cidr_mask", "26");
    c.put("master_url",
        "{\"api_server_endpoint\":\"https://47.97.1.10:6443\",\"intranet_api_server_endpoint\":\"https://192.168.0.251:6443\"}");
    c.put("meta_data", "{\"Addons\":[{\"name\":\"coredns\",\"version\":\"v1.11.3.2-f57ea7ed6-aliyun\",\"disabled\":false},"
        + "{\"name\":\"flannel\",\"version\":\"v0.15.1.22-20a397e6-aliyun\",\"disabled\":false},"
        + "{\"name\":\"csi-plugin\",\"version\":\"v1.32.1-35c87ee-aliyun\",\"disabled\":false}],"
        + "\"Capabilities\":{\"Network\":\"flannel\",\"PublicSLB\":false,\"ProxyMode\":\"ipvs\"},"
        + "\"KubernetesVersion\":\"1.33.1-aliyun.1\",\"ExtraCertSAN\":[\"api.example.internal\"],"
        + "\"ResourceGroupId\":\"rg-acfmyvw3wjm2x1y\",\"VpcId\":\"vpc-2zecuu62b9zw7a7qnx1y2\"}");
    c.put("deletion_protection", true);
    ArrayNode tags = c.putArray("tags");
    tags.addObject().put("key", "env").put("value", "prod");
    tags.addObject().put("key", "team").put("value", "platform");
    tags.addObject().put("key", "ack.aliyun.com").put("value", id);
    ObjectNode window = c.putObject("maintenance_window");
    window.put("enable", true);
    window.put("maintenance_time", "03:00:00Z");
    window.put("duration", "3h");
    window.put("weekly_period", "Thursday");
    c.putObject("operation_policy").putObject("cluster_auto_upgrade").put("enabled", true).put("channel", "stable");
    c.put("timezone", "Asia/Shanghai");
    c.put("proxy_mode", "ipvs");
    c.put("ip_stack", "ipv4");
    c.put("cluster_domain", "cluster.local");
    c.put("worker_ram_role_name", "KubernetesWorkerRole-4a4fa089-80c1-48a5-b3c6-9349311f0f3b");
    ObjectNode rrsa = c.putObject("rrsa_config");
    rrsa.put("enabled", true);
    rrsa.put("issuer", "https://oidc-ack-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/" + id);
    rrsa.put("audience", "sts.aliyuncs.com");
    rrsa.put("oidc_name", "ack-rrsa-" + id);
    c.putArray("extra_sans").add("api.example.internal");
    return c;
  }

  private static ObjectNode nodePoolsTree() {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode pools = root.putArray("nodepools");
    String[] names = {"default-nodepool", "np-app", "idc-gpu", "idc-cpu", "spot-batch"};
    for (int i = 0; i < names.length; i++) {
      pools.add(nodePool(i, names[i]));
    }
    root.put("request_id", "0527ac9a-c899-4341-a21a-3c1d5e2f7a90");
    return root;
  }

  private static ObjectNode nodePool(int index, String name) {
    ObjectNode pool = MAPPER.createObjectNode();
    String id = String.format(Locale.ROOT, "np615c0e0966124216a0412e10afe%04d", index);
    ObjectNode info = pool.putObject("nodepool_info");
    info.put("nodepool_id", id);
    info.put("name", name);
    info.put("type", "ess");
    info.put("is_default", index == 0);
    info.put("region_id", "cn-hangzhou");
    info.put("resource_group_id", "rg-acfmyvw3wjm2x1y");
    info.put("created", "2025-09-27T19:14:09.156823496+08:00");
    info.put("updated", "2026-01-27T20:37:46+08:00");

    ObjectNode status = pool.putObject("status");
    status.put("state", "active");
    status.put("total_nodes", 40 + index);
    status.put("serving_nodes", 38 + index);
    status.put("healthy_nodes", 38 + index);
    status.put("initial_nodes", 1);
    status.put("failed_nodes", 1);
    status.put("offline_nodes", 0);
    status.put("removing_nodes", 0);
    ArrayNode conditions = status.putArray("conditions");
    conditions.addObject().put("type", "Ready").put("status", "True").put("reason", "AllNodesReady")
        .put("message", "every node in the pool is ready").put("last_transition_time", "2026-01-27T20:37:46+08:00");

    ObjectNode sg = pool.putObject("scaling_group");
    sg.put("scaling_group_id", "asg-2ze8n5qw4atggut8x" + index);
    sg.putArray("vswitch_ids").add("vsw-2ze1a2b3c4d5e6f7g8h9").add("vsw-2ze9h8g7f6e5d4c3b2a1");
    sg.putArray("instance_types").add("ecs.c7.xlarge").add("ecs.g7.xlarge").add("ecs.c7.2xlarge");
    sg.put("instance_charge_type", "PostPaid");
    sg.put("desired_size", 40 + index);
    sg.put("image_id", "aliyun_3_x64_20G_alibase_20250629.vhd");
    sg.put("image_type", "AliyunLinux3");
    sg.put("system_disk_category", "cloud_essd");
    sg.put("system_disk_size", 120);
    sg.put("system_disk_performance_level", "PL1");
    sg.put("system_disk_encrypted", false);
    ArrayNode disks = sg.putArray("data_disks");
    disks.addObject().put("category", "cloud_essd").put("size", 200).put("encrypted", "false")
        .put("performance_level", "PL1").put("auto_snapshot_policy_id", "sp-2zej1nogjvovnz4z****")
        .put("device", "/dev/xvdb").put("disk_name", "data-" + index);
    disks.addObject().put("category", "cloud_auto").put("size", 500).put("encrypted", "true")
        .put("bursting_enabled", true).put("provisioned_iops", 3000).put("device", "/dev/xvdc");
    sg.put("key_pair", "np-key-name");
    sg.put("login_as_non_root", false);
    sg.putArray("security_group_ids").add("sg-2ze1a2b3c4d5e6f7g8h9");
    sg.put("multi_az_policy", "BALANCE");
    sg.put("scaling_policy", "release");
    sg.put("spot_strategy", index == 4 ? "SpotWithPriceLimit" : "NoSpot");
    sg.putArray("spot_price_limit").addObject().put("instance_type", "ecs.c7.xlarge").put("price_limit", "0.39");
    sg.put("spot_instance_pools", 2);
    sg.put("spot_instance_remedy", true);
    sg.put("compensate_with_on_demand", true);
    sg.put("on_demand_base_capacity", 2);
    sg.put("on_demand_percentage_above_base_capacity", 30);
    sg.put("internet_charge_type", "PayByTraffic");
    sg.put("internet_max_bandwidth_out", 0);
    sg.putArray("rds_instances");
    sg.put("ram_policy", "KubernetesWorkerRolePolicy-4a4fa089-80c1-48a5-b3c6-9349311f0f3b");
    sg.put("ram_role_name", "KubernetesWorkerRole-4a4fa089-80c1-48a5-b3c6-9349311f0f3b");
    ObjectNode sgTags = sg.putArray("tags").addObject();
    sgTags.put("key", "cost-center").put("value", "cc-1234");
    sg.put("cis_enabled", false);
    sg.put("soc_enabled", false);
    sg.put("security_hardening_os", false);

    ObjectNode kc = pool.putObject("kubernetes_config");
    ArrayNode labels = kc.putArray("labels");
    labels.addObject().put("key", "workload").put("value", index == 2 ? "training" : "web");
    labels.addObject().put("key", "topology.example.com/site").put("value", index >= 2 ? "idc-shanghai" : "cloud");
    labels.addObject().put("key", "team").put("value", "payments");
    ArrayNode taints = kc.putArray("taints");
    taints.addObject().put("key", "dedicated").put("value", name).put("effect", "NoSchedule");
    if (index == 2) {
      taints.addObject().put("key", "nvidia.com/gpu").put("value", "true").put("effect", "NoSchedule");
    }
    kc.put("runtime", "containerd");
    kc.put("runtime_version", "1.6.36");
    kc.put("cpu_policy", "none");
    kc.put("node_name_mode", "customized,aliyun,ip,com");
    kc.put("user_data", "IyEvYmluL2Jhc2gKZWNobyAibm9kZSBib290c3RyYXBwZWQiID4+IC92YXIvbG9nL2Jvb3QubG9nCg==");
    kc.put("unschedulable", false);
    kc.put("cms_enabled", true);

    ObjectNode as = pool.putObject("auto_scaling");
    as.put("enable", index == 4);
    as.put("min_instances", index == 4 ? 0 : 0);
    as.put("max_instances", index == 4 ? 100 : 0);
    as.put("type", index == 4 ? "spot" : "cpu");

    ObjectNode mg = pool.putObject("management");
    mg.put("enable", true);
    mg.put("auto_repair", true);
    mg.put("auto_upgrade", true);
    mg.put("auto_vul_fix", true);
    mg.putObject("auto_repair_policy").put("restart_node", true).put("approval_required", false);
    mg.put("auto_repair_policy_id", "arp-" + index + "b7d1f0c2");
    mg.putObject("auto_upgrade_policy").put("auto_upgrade_kubelet", true).put("auto_upgrade_os", false)
        .put("auto_upgrade_runtime", true);
    mg.putObject("auto_vul_fix_policy").put("restart_node", false).put("vul_level", "asap,later")
        .put("exclude_packages", "kernel*,docker-ce");
    mg.putObject("upgrade_config").put("max_unavailable", 1).put("surge", 5).put("surge_percentage", 0)
        .put("auto_upgrade", true);

    pool.putObject("tee_config").put("tee_enable", false);
    pool.putObject("auto_mode").put("enable", false);
    pool.put("interconnect_mode", "basic");
    pool.put("max_nodes", 0);
    return pool;
  }

  private static ObjectNode node(int i) {
    ObjectNode n = MAPPER.createObjectNode();
    String ip = "192.168." + (i / 250) + "." + (i % 250 + 2);
    n.put("instance_id", String.format(Locale.ROOT, "i-bp1%017d", i));
    n.put("instance_name", "idc-node-" + i);
    n.put("host_name", "idc-node-" + i);
    n.put("node_name", "cn-hangzhou." + ip);
    n.put("nodepool_id", "np615c0e0966124216a0412e10afe0002");
    n.put("state", "running");
    n.put("node_status", "Ready");
    n.put("instance_status", "Running");
    n.put("instance_role", "Worker");
    n.put("instance_type", "ecs.c7.xlarge");
    n.put("instance_type_family", "ecs.c7");
    n.put("image_id", "aliyun_3_x64_20G_alibase_20250629.vhd");
    n.put("instance_charge_type", "PostPaid");
    n.put("spot_strategy", "NoSpot");
    n.putArray("ip_address").add(ip);
    n.put("is_aliyun_node", false);
    n.put("source", "ess_attach");
    n.put("creation_time", "2026-01-27T20:37:46+08:00");
    n.put("expired_time", "2099-12-31T23:59:00+08:00");
    n.put("error_message", "");
    return n;
  }

  private static byte[] bytes(ObjectNode tree) {
    return tree.toString().getBytes(StandardCharsets.UTF_8);
  }
}
