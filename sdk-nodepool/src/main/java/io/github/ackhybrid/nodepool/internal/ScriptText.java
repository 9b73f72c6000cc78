package io.github.ackhybrid.nodepool.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and redacting attach scripts. The service answers DescribeClusterAttachScripts with the
 * command as plain text, sometimes wrapped in one level of JSON string quoting (reference §4.7);
 * the command embeds a join token that must never reach a log.
 */
public final class ScriptText {
  /** What replaces a token. */
  public static final String MASK = "****";

  // A flag whose name contains "token" (--openapi-token x, --openapi-token=x, --token 'x'), and a
  // URL parameter whose name contains "token" (?token=x).
  private static final Pattern TOKEN_FLAG = Pattern.compile(
      "(--?[A-Za-z0-9_-]*token[A-Za-z0-9_-]*)(=|\\s+)(\"[^\"]*\"|'[^']*'|[^\\s\"';&|]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN_PARAM = Pattern.compile(
      "([?&][A-Za-z0-9_]*token[A-Za-z0-9_]*=)[^&\\s\"']+", Pattern.CASE_INSENSITIVE);
  // Not documented for real scripts (reference §4.7 leaves token validity open); the simulator
  // writes the expiry this way, and a script without it simply yields no expiry.
  private static final Pattern EXPIRY = Pattern.compile("--(?:token-)?expire[ds]?(?:=|\\s+)(\\d{9,12})\\b");

  private ScriptText() {}

  /**
   * Turns a response body into the command: trims it and strips one level of JSON string quoting.
   *
   * @param body the response text
   * @return the command
   */
  public static String unwrap(String body) {
    String text = body.trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      try {
        return io.github.ackhybrid.core.internal.Json.mapper().readValue(text, String.class).trim();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return text.substring(1, text.length() - 1).trim();
      }
    }
    return text;
  }

  /**
   * Masks every token in a text.
   *
   * @param text the text, may be null
   * @return the text with tokens replaced by {@link #MASK}, or null for null
   */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = TOKEN_FLAG.matcher(text).replaceAll(m -> {
      String value = m.group(3);
      String quote = value.startsWith("\"") || value.startsWith("'") ? value.substring(0, 1) : "";
      return Matcher.quoteReplacement(m.group(1) + m.group(2) + quote + MASK + quote);
    });
    return TOKEN_PARAM.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }

  /**
   * Reads a token expiry written into the script as {@code --expired <unix seconds>}.
   *
   * @param command the command
   * @return the expiry, empty if the script names none
   */
  public static Optional<Instant> expiry(String command) {
    Matcher m = EXPIRY.matcher(command);
    return m.find() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(1)))) : Optional.empty();
  }
}
