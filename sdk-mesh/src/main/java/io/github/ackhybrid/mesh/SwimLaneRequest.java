package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import io.github.ackhybrid.mesh.model.LaneService;
import java.util.List;
import org.immutables.value.Value;

/**
 * A traffic lane as {@code CreateSwimLane} and {@code UpdateSwimLane} take it: the workloads it
 * selects by label and the services in it. An update replaces the lane's settings with these.
 * Immutable.
 */
@RequestStyle
@Value.Immutable
public abstract class SwimLaneRequest {
  /** The label key ASM's lanes select workloads by. */
  public static final String TRAFFIC_TAG = "ASM_TRAFFIC_TAG";

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns the group the lane belongs to. Required.
   *
   * @return the group name
   */
  public abstract String groupName();

  /**
   * Returns the lane name. Required.
   *
   * @return the name
   */
  public abstract String laneName();

  /**
   * Returns the label key that selects the lane's workloads. Defaults to {@value #TRAFFIC_TAG}, the
   * key the API documents.
   *
   * @return the label key
   */
  @Value.Default
  public String labelSelectorKey() {
    return TRAFFIC_TAG;
  }

  /**
   * Returns the label value that selects the lane's workloads, such as {@code v2}. Required.
   *
   * @return the label value
   */
  public abstract String labelSelectorValue();

  /**
   * Returns the services of the lane, sent as the JSON array text {@code ServicesList}. At least
   * one is required.
   *
   * @return the services
   */
  public abstract List<LaneService> services();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    KubernetesNames.dns1123Label(groupName(), "swimLane.groupName");
    KubernetesNames.dns1123Label(laneName(), "swimLane.name");
    KubernetesNames.labelKey(labelSelectorKey(), "swimLane.labelSelectorKey");
    // Kubernetes allows an empty label value, but a lane must select its workloads by one.
    if (KubernetesNames.labelValue(labelSelectorValue(), "swimLane.labelSelectorValue").isEmpty()) {
      throw new ValidationException("swimLane.labelSelectorValue", "must not be empty: the lane selects its workloads"
          + " by this value, such as v2");
    }
    MeshValidation.laneServices(services(), "swimLane.services", 1);
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SwimLaneRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableSwimLaneRequest.Builder {}
}
