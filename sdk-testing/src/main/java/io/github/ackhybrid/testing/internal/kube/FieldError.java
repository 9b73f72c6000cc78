package io.github.ackhybrid.testing.internal.kube;

/**
 * One validation error about one field, as the API server reports it in {@code details.causes}:
 * a reason such as {@code FieldValueRequired}, the field path ({@code spec.units[0].resource}) and
 * the detail ({@code Required value}).
 */
record FieldError(String reason, String field, String detail) {
  static FieldError required(String field) {
    return new FieldError("FieldValueRequired", field, "Required value");
  }

  static FieldError notSupported(String field, String value, String supported) {
    return new FieldError("FieldValueNotSupported", field, "Unsupported value: \"" + value + "\": supported values: "
        + supported);
  }

  static FieldError invalid(String field, String value, String why) {
    return new FieldError("FieldValueInvalid", field, "Invalid value: " + value + ": " + why);
  }

  static FieldError forbidden(String field, String why) {
    return new FieldError("FieldValueForbidden", field, "Forbidden: " + why);
  }

  /** The error as the message of a {@code Status} lists it: {@code spec.units: Required value}. */
  String text() {
    return field + ": " + detail;
  }
}
