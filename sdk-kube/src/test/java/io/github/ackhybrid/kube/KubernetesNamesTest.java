package io.github.ackhybrid.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class KubernetesNamesTest {
  private static final String SUBDOMAIN_253 = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63),
      "d".repeat(61));

  @Test
  void dns1123LabelsAreLowerCaseAlphanumericAndDashesUpTo63() {
    accepts(KubernetesNames::dns1123Label, "a", "default", "kube-system", "0a", "x".repeat(63));
    rejects(KubernetesNames::dns1123Label, "", "A", "Default", "-a", "a-", "a.b", "a_b", "a b", "x".repeat(64));
    assertEquals("ns must be 1-63 characters [a-z0-9-] starting and ending alphanumeric, was \"My_ns\"",
        invalid(() -> KubernetesNames.dns1123Label("My_ns", "ns")).getMessage());
    assertEquals("ns must not be null", invalid(() -> KubernetesNames.dns1123Label(null, "ns")).getMessage());
  }

  @Test
  void dns1123SubdomainsAreDotSeparatedLabelsUpTo253() {
    accepts(KubernetesNames::dns1123Subdomain, "a", "reviews.failover-1", "cn-hangzhou.192.168.0.36",
        "networking.istio.io", SUBDOMAIN_253);
    rejects(KubernetesNames::dns1123Subdomain, "", "a..b", ".a", "a.", "Node_1", "-a.b", "a.-b", "a/b",
        SUBDOMAIN_253 + "e");
    assertEquals("name must be 1-253 characters [a-z0-9-.] in dot-separated parts each starting and ending"
        + " alphanumeric, was \"a..b\"", invalid(() -> KubernetesNames.dns1123Subdomain("a..b", "name")).getMessage());
  }

  @Test
  void dns1035LabelsStartWithALetter() {
    accepts(KubernetesNames::dns1035Label, "reviews", "r1", "a-b", "x".repeat(63));
    rejects(KubernetesNames::dns1035Label, "", "1reviews", "Reviews", "-a", "a-", "a.b", "x".repeat(64));
    assertEquals("svc must be 1-63 characters [a-z0-9-] starting with a letter and ending alphanumeric, was"
        + " \"1reviews\"", invalid(() -> KubernetesNames.dns1035Label("1reviews", "svc")).getMessage());
  }

  @Test
  void labelKeysHaveAnOptionalSubdomainPrefixAndAName() {
    accepts(KubernetesNames::labelKey, "a", "A_b.c-9", "app.kubernetes.io/name", "alibabacloud.com/nodepool-type",
        "example.com/Team_Name.v1", "x".repeat(63), SUBDOMAIN_253 + "/" + "n".repeat(63));
    rejects(KubernetesNames::labelKey, "", "-a", "a-", "a_", "a b", "ex ample", "bad key!", "x".repeat(64), "/a",
        "a/", "Example.com/a", "UPPER.example.com/x", "p".repeat(254) + "/a", "a/b/c");
    assertEquals("k must not be null", invalid(() -> KubernetesNames.labelKey(null, "k")).getMessage());
  }

  @Test
  void labelKeyMessagesSayWhichPartBreaksTheRule() {
    ValidationException name = invalid(() -> KubernetesNames.labelKey("-gpu", "pool.label.key"));
    assertEquals("pool.label.key", name.field());
    assertEquals("pool.label.key must be a label key: an optional DNS subdomain prefix and '/', then 1-63 characters"
        + " [A-Za-z0-9-_.] starting and ending alphanumeric, was \"-gpu\"", name.getMessage());

    ValidationException prefix = invalid(() -> KubernetesNames.labelKey("Example.com/gpu", "pool.label.key"));
    assertEquals("pool.label.key must be a label key whose prefix before '/' is a DNS subdomain of 1-253 characters"
        + " [a-z0-9-.] in dot-separated parts each starting and ending alphanumeric, was \"Example.com/gpu\"",
        prefix.getMessage());
    assertTrue(invalid(() -> KubernetesNames.labelKey("/gpu", "k")).getMessage().contains("prefix before '/'"),
        "an empty prefix is a bad prefix");
  }

  @Test
  void labelValuesAreEmptyOrUpTo63NameCharacters() {
    accepts(KubernetesNames::labelValue, "", "a", "a.b-c_D", "Canary_2.1", "v".repeat(63));
    rejects(KubernetesNames::labelValue, "-v", "v-", "a b", "a/b", "canary!", "v".repeat(64));
    assertEquals("v must be empty or 1-63 characters [A-Za-z0-9-_.] starting and ending alphanumeric, was \"a b\"",
        invalid(() -> KubernetesNames.labelValue("a b", "v")).getMessage());
    assertEquals("v must not be null", invalid(() -> KubernetesNames.labelValue(null, "v")).getMessage());
  }

  @Test
  void labelMapsNameTheMapForKeysAndTheEntryForValues() {
    Map<String, String> valid = Map.of("example.com/track", "Canary_2.1", "k".repeat(63), "");
    assertEquals(valid, KubernetesNames.labels(valid, "labels"));
    assertEquals("labels", invalid(() -> KubernetesNames.labels(Map.of("-track", "x"), "labels")).field());
    assertEquals("labels[track]", invalid(() -> KubernetesNames.labels(Map.of("track", "-x"), "labels")).field());
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("track", null);
    assertEquals("labels[track] must not be null",
        invalid(() -> KubernetesNames.labels(nullValue, "labels")).getMessage());
    assertEquals("labels must not be null", invalid(() -> KubernetesNames.labels(null, "labels")).getMessage());
    assertEquals("field must not be null", invalid(() -> KubernetesNames.labels(Map.of(), null)).getMessage());
  }

  @Test
  void annotationKeysIgnoreCaseAndValuesAreFreeText() {
    Map<String, String> valid = Map.of("Example.COM/Note", "any text\nwith lines: {\"json\": true}", "note", "");
    assertEquals(valid, KubernetesNames.annotations(valid, "annotations"));
    ValidationException key = invalid(() -> KubernetesNames.annotations(Map.of("Example.com/-x", "v"), "annotations"));
    assertEquals("annotations", key.field());
    assertTrue(key.getMessage().endsWith("was \"Example.com/-x\""), key.getMessage());
    assertEquals("annotations", invalid(() -> KubernetesNames.annotations(Map.of("/x", "v"), "annotations")).field());
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("note", null);
    assertEquals("annotations[note] must not be null",
        invalid(() -> KubernetesNames.annotations(nullValue, "annotations")).getMessage());
  }

  @Test
  void annotationsHoldAtMost256KiBTogether() {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("a", "x".repeat(128 * 1024 - 1));
    annotations.put("b", "y".repeat(128 * 1024 - 1));
    KubernetesNames.annotations(annotations, "annotations");

    // Two bytes in UTF-8 for one character: the limit counts bytes, as the API server does.
    annotations.put("b", "\u00e9" + "y".repeat(128 * 1024 - 2));
    assertEquals("annotations must hold at most 262144 bytes of keys and values together, was 262145",
        invalid(() -> KubernetesNames.annotations(annotations, "annotations")).getMessage());
  }

  private static void accepts(BiFunction<String, String, String> check, String... values) {
    for (String value : values) {
      assertEquals(value, check.apply(value, "f"), value);
    }
  }

  private static void rejects(BiFunction<String, String, String> check, String... values) {
    for (String value : List.of(values)) {
      ValidationException e = assertThrows(ValidationException.class, () -> check.apply(value, "f"), value);
      assertEquals("f", e.field(), value);
    }
  }

  private static ValidationException invalid(Runnable call) {
    return assertThrows(ValidationException.class, call::run);
  }
}
