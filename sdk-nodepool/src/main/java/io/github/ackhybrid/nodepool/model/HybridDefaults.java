package io.github.ackhybrid.nodepool.model;

/**
 * The label and taint ACK puts on every node of a hybrid cloud node pool (reference §5.1). Pods
 * need a toleration for {@link #TAINT} to run on hybrid nodes, and can select them with
 * {@link #LABEL}. The SDK always sends both when it creates a hybrid pool and refuses requests
 * that would remove or change them.
 */
public final class HybridDefaults {
  /** The label key every hybrid node carries. */
  public static final String LABEL_KEY = "alibabacloud.com/nodepool-type";
  /** The value of {@link #LABEL_KEY} on hybrid nodes. */
  public static final String LABEL_VALUE = "hybridcloud";
  /** The taint key every hybrid node carries. */
  public static final String TAINT_KEY = "nodepool-type";
  /** The value of {@link #TAINT_KEY} on hybrid nodes. */
  public static final String TAINT_VALUE = "hybridcloud";

  /** {@code alibabacloud.com/nodepool-type: hybridcloud}. Do not remove it: the feature relies on it. */
  public static final Label LABEL = Label.of(LABEL_KEY, LABEL_VALUE);
  /** {@code nodepool-type=hybridcloud:NoSchedule}. */
  public static final Taint TAINT = Taint.of(TAINT_KEY, TAINT_VALUE, TaintEffect.NO_SCHEDULE);

  private HybridDefaults() {}
}
