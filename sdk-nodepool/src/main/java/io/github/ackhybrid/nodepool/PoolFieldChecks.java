package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.nodepool.internal.Ids;
import io.github.ackhybrid.nodepool.model.TaintEffect;

/**
 * The field checks that pool specs ({@code nodePool.*}) and pool updates ({@code nodePoolUpdate.*})
 * share, so both refuse the same input with the same words under their own field prefix.
 */
final class PoolFieldChecks {
  private PoolFieldChecks() {}

  /**
   * Checks a node label.
   *
   * @param prefix {@code nodePool} or {@code nodePoolUpdate}
   * @throws ValidationException if the key or value breaks the Kubernetes label rules
   */
  static void label(String key, String value, String prefix) {
    KubernetesNames.labelKey(key, prefix + ".label.key");
    KubernetesNames.labelValue(value, prefix + ".label.value");
  }

  /**
   * Checks a node taint; its key and value follow the Kubernetes label rules.
   *
   * @param prefix {@code nodePool} or {@code nodePoolUpdate}
   * @throws ValidationException if the key or value breaks the rules, or the effect is null or {@code UNKNOWN}
   */
  static void taint(String key, String value, TaintEffect effect, String prefix) {
    KubernetesNames.labelKey(key, prefix + ".taint.key");
    KubernetesNames.labelValue(value, prefix + ".taint.value");
    Validate.notNull(effect, prefix + ".taint.effect");
    if (effect == TaintEffect.UNKNOWN) {
      throw new ValidationException(prefix + ".taint.effect", "must be NoSchedule, PreferNoSchedule or NoExecute,"
          + " was UNKNOWN");
    }
  }

  /**
   * Checks the resource group a pool is put in, when one is set.
   *
   * @param resourceGroupId the resource group id, or null when not set
   * @param prefix {@code nodePool} or {@code nodePoolUpdate}
   * @throws ValidationException if the id breaks the id rule
   */
  static void resourceGroupId(String resourceGroupId, String prefix) {
    if (resourceGroupId != null) {
      Ids.id(resourceGroupId, prefix + ".resourceGroupId");
    }
  }
}
