package io.github.ackhybrid.testing.internal;

/**
 * An error a simulated operation answers with. The dispatcher renders it in the product's error
 * envelope with the request id, so handlers only name the status, code and message. The message
 * must hold no secret: it travels to the client.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /**
   * Creates an error.
   *
   * @param status the HTTP status
   * @param code the service error code, such as {@code ErrorClusterNotFound}
   * @param message the service error message
   */
  public ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /**
   * Returns 400 {@code InvalidParameter}, the code ACK answers request validation failures with.
   *
   * @param message what is wrong, naming the parameter
   * @return the error
   */
  public static ApiError invalidParameter(String message) {
    return new ApiError(400, "InvalidParameter", message);
  }

  /**
   * Returns 400 {@code MissingParameter} for a required parameter that was not sent.
   *
   * @param name the parameter's wire name
   * @return the error
   */
  public static ApiError missingParameter(String name) {
    return new ApiError(400, "MissingParameter", name + " is mandatory for this action.");
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the service error code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
