package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import java.util.Set;

/**
 * ASM's error codes that sdk-core's general rules type wrongly or not at all. Applied to every
 * ASM answer, so the exception type a caller sees matches what the code means here.
 */
final class MeshErrors {
  /** Codes that mean "the mesh's current state refuses this change": retry after the state changes. */
  private static final Set<String> CONFLICT_CODES = Set.of(
      "ErrorPermitted.ClustersNotEmpty", "RelatedResourceReused", "StillInitializing", "NameAlreadyExist");
  /** Codes that contain "404" yet mean a transient failure, not a missing resource. */
  private static final Set<String> TRANSIENT_CODES = Set.of("ERR404");
  /**
   * The code ASM answers (with HTTP 403) for a mesh that was deleted. It only means "gone" while
   * waiting for a deletion; anywhere else it stays a plain service error.
   */
  static final String DELETED_MESH_CODE = "StatusForbidden";

  private MeshErrors() {}

  /**
   * Retypes an ASM error where sdk-core's general rules do not fit.
   *
   * @param e the error the pipeline raised
   * @return the error to raise: a {@link ConflictException} for state conflicts, a plain
   *     {@link ServiceException} for {@code ERR404}, otherwise {@code e} itself
   */
  static ServiceException translate(ServiceException e) {
    String code = e.errorCode();
    if (CONFLICT_CODES.contains(code) && !(e instanceof ConflictException)) {
      return new ConflictException(e.details());
    }
    if (TRANSIENT_CODES.contains(code) && e instanceof ResourceNotFoundException) {
      return new ServiceException(e.details());
    }
    return e;
  }

  /**
   * Tells whether a failed read of a mesh means the mesh is gone: a not-found answer, or
   * {@code StatusForbidden} (or a 403 without a code), which ASM answers once a mesh is deleted.
   * A 403 with another code, such as {@code Forbidden.RAM}, is a real permission problem.
   *
   * @param error the poll's failure
   * @return true if the mesh no longer exists
   */
  static boolean meshGone(Throwable error) {
    if (error instanceof ResourceNotFoundException) {
      return true;
    }
    if (error instanceof ServiceException) {
      ServiceException s = (ServiceException) error;
      return DELETED_MESH_CODE.equals(s.errorCode()) || (s.statusCode() == 403 && s.errorCode().isEmpty());
    }
    return false;
  }
}
