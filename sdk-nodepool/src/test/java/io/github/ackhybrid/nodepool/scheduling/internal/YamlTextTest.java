package io.github.ackhybrid.nodepool.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlTextTest {
  private static JsonNode load(String yaml) {
    return Json.mapper().valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
  }

  @Test
  void writesNestedBlocksLikeKubectl() {
    ObjectNode tree = Json.mapper().createObjectNode();
    tree.putObject("metadata").put("name", "web").putObject("labels").put("app", "web");
    tree.putArray("items").add("a").addObject().put("k", 1).put("on", true).putArray("nested").add(2).add(3);
    tree.putArray("empty");
    tree.putObject("none");
    tree.putNull("nothing");

    assertEquals("""
        metadata:
          name: web
          labels:
            app: web
        items:
        - a
        - k: 1
          "on": true
          nested:
          - 2
          - 3
        empty: []
        none: {}
        nothing: null
        """, YamlText.write(tree));
  }

  @Test
  void quotesStringsAYamlReaderWouldTakeForSomethingElse() {
    ObjectNode tree = Json.mapper().createObjectNode();
    List<String> tricky = List.of("true", "No", "y", "null", "~", "10", "-1", "0.5", "1e3", "0x1F", ".5", "2026-11-01",
        "", " padded", "a: b", "#comment", "- item", "{x}", "line\nbreak", "say \"hi\"", "back\\slash", "tab\there",
        "-starts-with-dash", ".hidden", "10m", "np-idc-0001", "alibabacloud.com/nodepool-id");
    for (int i = 0; i < tricky.size(); i++) {
      tree.put("k" + i, tricky.get(i));
    }

    String text = YamlText.write(tree);

    assertEquals(tree, load(text), text);
    assertEquals(true, text.contains("k24: 10m\n"), text);
    assertEquals(true, text.contains("k25: np-idc-0001\n"), text);
    assertEquals(true, text.contains("k0: \"true\"\n"), text);
  }

  @Test
  void writesScalarsAndEmptyDocuments() {
    assertEquals("{}\n", YamlText.write(Json.mapper().createObjectNode()));
    assertEquals("- x\n", YamlText.write(Json.mapper().createArrayNode().add("x")));
    assertEquals("\"yes\"\n", YamlText.write(Json.mapper().getNodeFactory().textNode("yes")));
  }
}
