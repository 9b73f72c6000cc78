package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import org.junit.jupiter.api.Test;

class VerificationResultTest {

  @Test
  void okIsValidWithStatus200AndNoError() {
    VerificationResult ok = VerificationResult.ok(VerificationResult.V3, "ak");

    assertTrue(ok.valid());
    assertEquals(200, ok.httpStatus());
    assertEquals("", ok.errorCode());
    assertEquals("", ok.message());
    assertEquals("V3", ok.scheme());
    assertEquals("ak", ok.accessKeyId());
  }

  @Test
  void failureCarriesTheError() {
    VerificationResult failure = VerificationResult.failure(404, "InvalidAccessKeyId.NotFound", "gone",
        VerificationResult.RPC_V2, "ak");

    assertFalse(failure.valid());
    assertEquals(404, failure.httpStatus());
    assertEquals("InvalidAccessKeyId.NotFound", failure.errorCode());
    assertEquals("gone", failure.message());
    assertEquals("RPC_V2", failure.scheme());
  }

  @Test
  void rejectsUnknownSchemeAndNulls() {
    assertEquals("verificationResult.scheme",
        assertThrows(ValidationException.class, () -> VerificationResult.ok("V4", "ak")).field());
    assertEquals("verificationResult.accessKeyId",
        assertThrows(ValidationException.class, () -> VerificationResult.ok("V3", null)).field());
  }
}
