package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.MalformedAnswerException;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading, checking and redacting attach scripts. The service answers DescribeClusterAttachScripts
 * with the command as plain text, sometimes wrapped in one level of JSON string quoting (reference
 * §4.7); the command embeds a join token that must never reach a log.
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
  private static final ObjectReader ONE_STRING =
      Json.reader(String.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern RUNNER = Pattern.compile(
      "attach_node\\.sh\\b.*?\\bbash\\b|\\bedgeadm\\b.*?\\bedgeadm\\s+join\\b", Pattern.DOTALL);
  private static final Pattern OPENAPI_TOKEN = Pattern.compile(
      "--openapi-token(?:=|\\s+)(?:\"[^\"\\s]+\"|'[^'\\s]+'|(?!-)[^\\s\"';&|]+)");
  // Not documented for real scripts (reference §4.7 leaves token validity open); the simulator
  // writes the expiry this way, and a script without it simply yields no expiry.
  private static final Pattern EXPIRY = Pattern.compile("--(?:token-)?expire[ds]?(?:=|\\s+)(\\d{9,12})\\b");

  private ScriptText() {}

  /**
   * Turns a DescribeClusterAttachScripts answer into the command, refusing one that is not a whole
   * script. The rule is what every script in the reference has (ack-cs-api.md §4.7, the standard
   * {@code curl http://.../attach_node.sh | bash -s -- --node-name-mode nodeip --openapi-token ****
   * ...} and the ACK Edge {@code wget .../edgeadm -O edgeadm; chmod u+x edgeadm; ./edgeadm join
   * --openapi-token=*** ...}), and nothing more, since the options vary by version:
   *
   * <ul>
   *   <li>the body is raw text, or exactly one JSON string literal when it starts with a quote (the
   *       reference: "strip one level of JSON-string quoting if the body starts with {@code "}");</li>
   *   <li>the command downloads {@code attach_node.sh} and runs it with {@code bash}, or downloads
   *       {@code edgeadm} and runs {@code edgeadm join};</li>
   *   <li>after that, {@code --openapi-token} has a non-empty value ({@code --openapi-token x} or
   *       {@code --openapi-token=x}).</li>
   * </ul>
   *
   * <p>So a body cut short before or inside the token is refused; one cut after it cannot be told
   * from a script with fewer options.
   *
   * @param body the response text
   * @return the command, trimmed and unquoted
   * @throws MalformedAnswerException saying what the script lacks; the message never quotes it
   */
  public static String command(String body) throws MalformedAnswerException {
    String text = body.trim();
    if (text.startsWith("\"")) {
      try {
        text = ONE_STRING.<String>readValue(text).trim();
      } catch (IOException e) {
        throw new MalformedAnswerException("the attach script starts with a quote but is not one whole JSON string");
      }
    }
    Matcher runner = RUNNER.matcher(text);
    if (!runner.find()) {
      throw new MalformedAnswerException("the attach script does not download attach_node.sh and run it with bash"
          + " (nor edgeadm and run edgeadm join)");
    }
    if (!OPENAPI_TOKEN.matcher(text).region(runner.end(), text.length()).find()) {
      throw new MalformedAnswerException("the attach script has no --openapi-token with a value");
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
