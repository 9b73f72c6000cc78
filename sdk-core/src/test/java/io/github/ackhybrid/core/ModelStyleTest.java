package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

class ModelStyleTest {

  @ModelStyle
  @Value.Immutable
  @JsonDeserialize(builder = Sample.Builder.class)
  abstract static class Sample {
    @JsonProperty("cluster_id")
    abstract String clusterId();

    @JsonProperty("tags")
    abstract List<String> tags();

    @JsonProperty("token")
    @Value.Redacted
    abstract Optional<String> token();

    static Builder builder() {
      return new Builder();
    }

    Builder toBuilder() {
      return new Builder().from(this);
    }

    static final class Builder extends ImmutableSample.Builder {}
  }

  @Test
  void buildsCopiesBindsAndRedacts() throws Exception {
    Sample s = Sample.builder().clusterId("c1").addTag("a").token("secret").build();
    assertEquals("c2", s.toBuilder().clusterId("c2").build().clusterId());
    assertFalse(s.toString().contains("secret"), s.toString());
    Sample read = Json.reader(Sample.class).readValue("{\"cluster_id\":\"c9\",\"tags\":[\"x\"],\"unknown\":1}");
    assertEquals("c9", read.clusterId());
    assertEquals(List.of("x"), read.tags());
    ValidationException unset = assertThrows(ValidationException.class, () -> Sample.builder().build());
    assertEquals("sample.clusterId", unset.field());
    assertEquals("sample.clusterId must be set", unset.getMessage());
    ValidationException nullArgument = assertThrows(ValidationException.class,
        () -> Sample.builder().clusterId(null));
    assertEquals("clusterId must not be null", nullArgument.getMessage());
    ValidationException nullElement = assertThrows(ValidationException.class, () -> Sample.builder().addTag(null));
    assertEquals("tags", nullElement.field());
    assertEquals("tags must not hold a null element", nullElement.getMessage());
    ValidationException nullOptional = assertThrows(ValidationException.class,
        () -> Sample.builder().token((String) null));
    assertEquals("token", nullOptional.field());
  }
}
