package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Which clusters {@code DescribeServiceMeshClusters} lists as candidates, and how many per page. Immutable. */
@RequestStyle
@Value.Immutable
public abstract class ListCandidateClustersRequest {

  /**
   * Returns the mesh the candidates are judged against.
   *
   * @return the mesh id; absent lists the region's clusters without a mesh to judge against
   */
  public abstract Optional<String> meshId();

  /**
   * Returns how many clusters to fetch per page ({@code Limit}). Defaults to 50.
   *
   * @return the page size, 1 to 100
   */
  @Value.Default
  public int pageSize() {
    return 50;
  }

  @Value.Check
  void check() {
    meshId().ifPresent(id -> MeshValidation.id(id, "meshId"));
    // The service documents no limit; 100 keeps one page's answer well within the read timeout.
    Validate.inRange(pageSize(), "listCandidateClusters.pageSize", 1, 100);
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListCandidateClustersRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableListCandidateClustersRequest.Builder {}
}
