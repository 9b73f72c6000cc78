package io.github.ackhybrid.core.exception;

/**
 * The SDK is not configured well enough to make a call: no credentials could be found, a setting
 * is inconsistent, a profile file cannot be read. Raised on the client, before any request is sent.
 */
public class ConfigurationException extends SdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a configuration failure.
   *
   * @param message what is missing or wrong and where the SDK looked
   */
  public ConfigurationException(String message) {
    super(message);
  }

  /**
   * Creates a configuration failure with its cause.
   *
   * @param message what is missing or wrong and where the SDK looked
   * @param cause the underlying failure, may be null
   */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
