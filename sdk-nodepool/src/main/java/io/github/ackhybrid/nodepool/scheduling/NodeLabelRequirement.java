package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.List;
import java.util.Objects;

/**
 * One condition on a node label in a node affinity term, as written in a pod spec's
 * {@code matchExpressions}: for example {@code alibabacloud.com/nodepool-type In [hybridcloud]}.
 * Immutable.
 */
public final class NodeLabelRequirement {
  /** How the node's label is compared with the values. */
  public enum Operator {
    /** The label's value is one of the values. */
    IN("In"),
    /** The label is missing or its value is none of the values. */
    NOT_IN("NotIn");

    private final String wireValue;

    Operator(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the value written in the pod spec.
     *
     * @return {@code In} or {@code NotIn}
     */
    public String wireValue() {
      return wireValue;
    }
  }

  private final String key;
  private final Operator operator;
  private final List<String> values;

  private NodeLabelRequirement(String key, Operator operator, List<String> values) {
    this.key = key;
    this.operator = operator;
    this.values = values;
  }

  /**
   * Requires the node label {@code key} to have one of {@code values}.
   *
   * @param key the node label key
   * @param values the accepted values, at least one
   * @return the requirement
   * @throws ValidationException if the key or a value breaks the label rules, or there is no value
   */
  public static NodeLabelRequirement in(String key, String... values) {
    return create(key, Operator.IN, values);
  }

  /**
   * Requires the node label {@code key} to be missing or to have none of {@code values}.
   *
   * @param key the node label key
   * @param values the refused values, at least one
   * @return the requirement
   * @throws ValidationException if the key or a value breaks the label rules, or there is no value
   */
  public static NodeLabelRequirement notIn(String key, String... values) {
    return create(key, Operator.NOT_IN, values);
  }

  private static NodeLabelRequirement create(String key, Operator operator, String[] values) {
    KubernetesNames.labelKey(key, "nodeLabelRequirement.key");
    if (values == null || values.length == 0) {
      throw new ValidationException("nodeLabelRequirement.values", "must hold at least one value");
    }
    for (int i = 0; i < values.length; i++) {
      KubernetesNames.labelValue(values[i], "nodeLabelRequirement.values[" + i + "]");
    }
    return new NodeLabelRequirement(key, operator, List.of(values));
  }

  /**
   * Returns the node label key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the comparison.
   *
   * @return the operator
   */
  public Operator operator() {
    return operator;
  }

  /**
   * Returns the values compared with.
   *
   * @return an unmodifiable list, never empty
   */
  public List<String> values() {
    return values;
  }

  /**
   * Writes the requirement as a {@code matchExpressions} item.
   *
   * @return a new JSON object such as {@code {"key":"k","operator":"In","values":["v"]}}
   */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode().put("key", key).put("operator", operator.wireValue());
    ArrayNode array = node.putArray("values");
    values.forEach(array::add);
    return node;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NodeLabelRequirement)) {
      return false;
    }
    NodeLabelRequirement other = (NodeLabelRequirement) o;
    return key.equals(other.key) && operator == other.operator && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, operator, values);
  }

  /**
   * Describes the requirement.
   *
   * @return e.g. {@code alibabacloud.com/nodepool-type In [hybridcloud]}
   */
  @Override
  public String toString() {
    return key + " " + operator.wireValue() + " " + values;
  }
}
