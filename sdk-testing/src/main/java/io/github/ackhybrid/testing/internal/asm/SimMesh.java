package io.github.ackhybrid.testing.internal.asm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.testing.internal.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One simulated mesh: its {@code DescribeServiceMeshDetail} JSON ({@code ServiceMesh}) and its
 * member clusters with their own states. Touched only under the state lock.
 */
public final class SimMesh {
  /** A member cluster: the ACK cluster id and the member {@code State}. */
  static final class Member {
    private final String clusterId;
    private String state;
    private final String created;
    private String updated;

    Member(String clusterId, String state, Instant at) {
      this.clusterId = clusterId;
      this.state = state;
      this.created = Times.rfc3339(at);
      this.updated = created;
    }

    String clusterId() {
      return clusterId;
    }

    String state() {
      return state;
    }

    void state(String newState, Instant at) {
      this.state = newState;
      this.updated = Times.rfc3339(at);
    }

    String created() {
      return created;
    }

    String updated() {
      return updated;
    }
  }

  private final String id;
  private final ObjectNode json;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, ObjectNode> laneGroups = new LinkedHashMap<>();
  private final Map<String, Map<String, ObjectNode>> lanes = new LinkedHashMap<>();

  SimMesh(String id, ObjectNode json) {
    this.id = id;
    this.json = json;
  }

  /**
   * Returns the mesh id.
   *
   * @return the {@code ServiceMeshId}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the mesh's {@code ServiceMeshInfo.State}.
   *
   * @return the state, such as {@code running}
   */
  public String state() {
    return info().path("State").asText();
  }

  /**
   * Returns a deep copy of the {@code ServiceMesh} object as {@code DescribeServiceMeshDetail}
   * shows it, with the current member list.
   *
   * @return the copy
   */
  public ObjectNode snapshot() {
    ObjectNode copy = json.deepCopy();
    ArrayNode clusters = copy.putArray("Clusters");
    members.keySet().forEach(clusters::add);
    return copy;
  }

  ObjectNode info() {
    return (ObjectNode) json.path("ServiceMeshInfo");
  }

  ObjectNode meshConfig() {
    return (ObjectNode) json.path("Spec").path("MeshConfig");
  }

  void state(String state, Instant at) {
    info().put("State", state);
    info().put("UpdateTime", Times.rfc3339(at));
  }

  Map<String, Member> members() {
    return members;
  }

  /** Swim lane groups by name, each as {@code GetSwimLaneGroupList} shows it. */
  Map<String, ObjectNode> laneGroups() {
    return laneGroups;
  }

  /** Swim lanes by group name, then by lane name, each as {@code GetSwimLaneList} shows it. */
  Map<String, Map<String, ObjectNode>> lanes() {
    return lanes;
  }
}
