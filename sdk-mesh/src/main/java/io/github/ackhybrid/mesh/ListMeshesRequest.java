package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.Map;
import org.immutables.value.Value;

/** Which meshes {@code DescribeServiceMeshes} lists: those carrying all the given tags, or all meshes. Immutable. */
@RequestStyle
@Value.Immutable
public abstract class ListMeshesRequest {

  /**
   * Returns the tags a mesh must carry to be listed.
   *
   * @return the tags by key; empty lists every mesh
   */
  public abstract Map<String, String> tags();

  @Value.Check
  void check() {
    MeshValidation.tags(tags(), "listMeshes.tags");
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListMeshesRequest}; {@code build()} throws {@link ValidationException} for bad tags. */
  public static final class Builder extends ImmutableListMeshesRequest.Builder {
    /**
     * Adds a tag the meshes must carry.
     *
     * @param key the tag key
     * @param value the tag value
     * @return this builder
     */
    public Builder tag(String key, String value) {
      return putTag(key, value);
    }
  }
}
