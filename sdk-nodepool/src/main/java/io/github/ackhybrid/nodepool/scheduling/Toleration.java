package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.Objects;
import java.util.Optional;

/**
 * A pod toleration, as written in a pod spec's {@code tolerations} list: it lets the pod run on
 * nodes carrying a matching taint, such as the {@code nodepool-type=hybridcloud:NoSchedule} taint
 * of every hybrid-pool node. Immutable.
 */
public final class Toleration {
  /** How a toleration compares its value with a taint's. */
  public enum Operator {
    /** The taint's value must equal the toleration's. */
    EQUAL("Equal"),
    /** Any value of the taint's key matches. */
    EXISTS("Exists");

    private final String wireValue;

    Operator(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the value written in the pod spec.
     *
     * @return {@code Equal} or {@code Exists}
     */
    public String wireValue() {
      return wireValue;
    }
  }

  /** The effect of a taint: what happens to pods that do not tolerate it. */
  public enum Effect {
    /** New pods are not scheduled onto the node. */
    NO_SCHEDULE("NoSchedule"),
    /** The scheduler avoids the node when it can. */
    PREFER_NO_SCHEDULE("PreferNoSchedule"),
    /** Running pods are evicted too. */
    NO_EXECUTE("NoExecute");

    private final String wireValue;

    Effect(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the value written in the pod spec.
     *
     * @return e.g. {@code NoSchedule}
     */
    public String wireValue() {
      return wireValue;
    }

    static Optional<Effect> fromWire(String value) {
      for (Effect e : values()) {
        if (e.wireValue.equals(value)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  private final String key;
  private final Operator operator;
  private final String value;
  private final Optional<Effect> effect;

  private Toleration(String key, Operator operator, String value, Optional<Effect> effect) {
    this.key = key;
    this.operator = operator;
    this.value = value;
    this.effect = effect;
  }

  /**
   * Tolerates taints with this key, value and effect.
   *
   * @param key the taint key, a label key such as {@code nodepool-type}
   * @param value the taint value, a label value such as {@code hybridcloud}
   * @param effect the taint effect
   * @return the toleration
   * @throws ValidationException if an argument is null or breaks the label rules
   */
  public static Toleration equal(String key, String value, Effect effect) {
    KubernetesNames.labelKey(key, "toleration.key");
    KubernetesNames.labelValue(value, "toleration.value");
    Validate.notNull(effect, "toleration.effect");
    return new Toleration(key, Operator.EQUAL, value, Optional.of(effect));
  }

  /**
   * Tolerates taints with this key and effect, whatever their value.
   *
   * @param key the taint key, a label key
   * @param effect the taint effect
   * @return the toleration
   * @throws ValidationException if an argument is null or the key breaks the label rules
   */
  public static Toleration exists(String key, Effect effect) {
    KubernetesNames.labelKey(key, "toleration.key");
    Validate.notNull(effect, "toleration.effect");
    return new Toleration(key, Operator.EXISTS, "", Optional.of(effect));
  }

  /**
   * Reads a toleration from a pod spec, the way Kubernetes matches it: a missing operator means
   * {@code Equal}, a missing key with {@code Exists} matches every key, a missing effect every effect.
   */
  static Optional<Toleration> fromJson(JsonNode node) {
    if (!node.isObject()) {
      return Optional.empty();
    }
    String operatorText = node.path("operator").asText("Equal");
    Operator operator;
    if (operatorText.equals("Exists")) {
      operator = Operator.EXISTS;
    } else if (operatorText.isEmpty() || operatorText.equals("Equal")) {
      operator = Operator.EQUAL;
    } else {
      return Optional.empty();
    }
    String effectText = node.path("effect").asText("");
    Optional<Effect> effect = Effect.fromWire(effectText);
    if (!effectText.isEmpty() && effect.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Toleration(node.path("key").asText(""), operator, node.path("value").asText(""), effect));
  }

  /**
   * Returns the taint key this toleration matches.
   *
   * @return the key; empty only for a toleration read from a pod spec that matches every key
   */
  public String key() {
    return key;
  }

  /**
   * Returns how the value is compared.
   *
   * @return the operator
   */
  public Operator operator() {
    return operator;
  }

  /**
   * Returns the taint value this toleration matches.
   *
   * @return the value; empty for {@link Operator#EXISTS}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the taint effect this toleration matches.
   *
   * @return the effect; empty only for a toleration read from a pod spec that matches every effect
   */
  public Optional<Effect> effect() {
    return effect;
  }

  /**
   * Tells whether a pod with this toleration may run on a node with the given taint.
   *
   * @param taintKey the taint's key
   * @param taintValue the taint's value, empty if it has none
   * @param taintEffect the taint's effect
   * @return true if the taint is tolerated
   * @throws ValidationException if an argument is null
   */
  public boolean tolerates(String taintKey, String taintValue, Effect taintEffect) {
    Validate.notNull(taintKey, "taint.key");
    Validate.notNull(taintValue, "taint.value");
    Validate.notNull(taintEffect, "taint.effect");
    if (effect.isPresent() && effect.get() != taintEffect) {
      return false;
    }
    if (operator == Operator.EXISTS) {
      return key.isEmpty() || key.equals(taintKey);
    }
    return key.equals(taintKey) && value.equals(taintValue);
  }

  /**
   * Writes the toleration as a pod spec list item.
   *
   * @return a new JSON object such as
   *     {@code {"key":"nodepool-type","operator":"Equal","value":"hybridcloud","effect":"NoSchedule"}}
   */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    if (!key.isEmpty()) {
      node.put("key", key);
    }
    node.put("operator", operator.wireValue());
    if (operator == Operator.EQUAL) {
      node.put("value", value);
    }
    effect.ifPresent(e -> node.put("effect", e.wireValue()));
    return node;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Toleration)) {
      return false;
    }
    Toleration other = (Toleration) o;
    return key.equals(other.key) && operator == other.operator && value.equals(other.value)
        && effect.equals(other.effect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, operator, value, effect);
  }

  /**
   * Describes the toleration in taint notation.
   *
   * @return e.g. {@code nodepool-type=hybridcloud:NoSchedule} or {@code gpu:NoSchedule (Exists)}
   */
  @Override
  public String toString() {
    String effectText = effect.map(e -> ":" + e.wireValue()).orElse("");
    return operator == Operator.EQUAL ? key + "=" + value + effectText
        : (key.isEmpty() ? "*" : key) + effectText + " (Exists)";
  }
}
