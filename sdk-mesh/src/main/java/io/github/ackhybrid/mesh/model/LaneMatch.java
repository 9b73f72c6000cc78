package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Locale;
import org.immutables.value.Value;

/** How a lane ingress rule matches a URI or a header value: exactly, by prefix or by regex. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class LaneMatch {

  /** The matching mode. Open: an unknown mode reads as {@link #UNKNOWN}, which cannot be sent. */
  public enum Mode {
    /** The value equals the content. */
    EXACT,
    /** The value starts with the content. */
    PREFIX,
    /** The value matches the content as a regular expression. */
    REGEX,
    /** A mode this SDK does not know. */
    UNKNOWN;

    /**
     * Returns the value the service uses for this mode.
     *
     * @return the wire value, empty for {@link #UNKNOWN}
     */
    public String wireValue() {
      return this == UNKNOWN ? "" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a mode from its wire value, ignoring case.
     *
     * @param value the raw mode, may be null
     * @return the mode, or {@link #UNKNOWN} when the value is null or not known
     */
    public static Mode fromWire(String value) {
      for (Mode m : values()) {
        if (m != UNKNOWN && m.wireValue().equalsIgnoreCase(value == null ? "" : value)) {
          return m;
        }
      }
      return UNKNOWN;
    }
  }

  /**
   * Returns the mode exactly as the service sent it, or as set.
   *
   * @return the raw mode
   */
  public abstract String modeAsString();

  /**
   * Returns the matching mode.
   *
   * @return the mode, {@link Mode#UNKNOWN} for a value this SDK does not know
   */
  public Mode mode() {
    return Mode.fromWire(modeAsString());
  }

  /**
   * Returns what is matched against.
   *
   * @return the content
   */
  public abstract String content();

  /**
   * Matches values equal to the content.
   *
   * @param content the expected value
   * @return the match
   */
  public static LaneMatch exact(String content) {
    return of(Mode.EXACT, content);
  }

  /**
   * Matches values starting with the content.
   *
   * @param content the prefix
   * @return the match
   */
  public static LaneMatch prefix(String content) {
    return of(Mode.PREFIX, content);
  }

  /**
   * Matches values against a regular expression.
   *
   * @param content the expression
   * @return the match
   */
  public static LaneMatch regex(String content) {
    return of(Mode.REGEX, content);
  }

  private static LaneMatch of(Mode mode, String content) {
    return builder().modeAsString(mode.wireValue()).content(content).build();
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this value's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link LaneMatch}. */
  public static final class Builder extends ImmutableLaneMatch.Builder {}
}
