package io.github.ackhybrid.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's one Jackson setup, configured once: unknown properties ignored, Java time and
 * {@code Optional} supported, nulls left out of request bodies, no failure on empty beans. Readers
 * and writers are cached per type so no call pays for introspection.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .build();
  private static final ConcurrentHashMap<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

  private Json() {}

  /**
   * Returns the shared mapper. Do not reconfigure it.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the cached reader for a type.
   *
   * @param type the type to bind JSON into
   * @return the reader
   */
  public static ObjectReader reader(Class<?> type) {
    return READERS.computeIfAbsent(type, MAPPER::readerFor);
  }

  /**
   * Returns the cached writer for a type.
   *
   * @param type the type to write as JSON
   * @return the writer
   */
  public static ObjectWriter writer(Class<?> type) {
    return WRITERS.computeIfAbsent(type, MAPPER::writerFor);
  }
}
