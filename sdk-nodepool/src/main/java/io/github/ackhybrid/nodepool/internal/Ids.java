package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.regex.Pattern;

/** Checks of the ids and names the node pool operations take. */
public final class Ids {
  // ACK ids are lower-case hex with a short prefix (c..., np..., i-...); the looser pattern accepts
  // every id format seen in the reference while still refusing separators that would corrupt a
  // path or a comma-separated query.
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern POOL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private Ids() {}

  /**
   * Checks a cluster id.
   *
   * @param id the id
   * @return the id
   * @throws ValidationException if it is not 1-128 characters [A-Za-z0-9_.-]
   */
  public static String clusterId(String id) {
    return id(id, "clusterId");
  }

  /**
   * Checks a node pool id.
   *
   * @param id the id
   * @return the id
   * @throws ValidationException if it is not 1-128 characters [A-Za-z0-9_.-]
   */
  public static String nodePoolId(String id) {
    return id(id, "nodePoolId");
  }

  /**
   * Checks an id such as an instance id.
   *
   * @param id the id
   * @param field the dotted field name for the error
   * @return the id
   * @throws ValidationException if it is not 1-128 characters [A-Za-z0-9_.-] starting alphanumeric
   */
  public static String id(String id, String field) {
    return Validate.matches(id, field, 1, 128, ID, "[A-Za-z0-9_.-] starting with a letter or digit");
  }

  /**
   * Checks a node pool name.
   *
   * @param name the name
   * @return the name
   * @throws ValidationException if it is not 1-63 characters [A-Za-z0-9_-] starting alphanumeric
   */
  public static String poolName(String name) {
    return Validate.matches(name, "nodePool.name", 1, 63, POOL_NAME, "[A-Za-z0-9_-] starting with a letter or digit");
  }
}
