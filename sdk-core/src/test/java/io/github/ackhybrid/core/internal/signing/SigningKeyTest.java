package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.exception.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

  @Test
  void toStringHidesSecretAndToken() {
    String shown = new SigningKey("s3cr3t-value", Optional.of("t0ken-value")).toString();

    assertFalse(shown.contains("s3cr3t-value"));
    assertFalse(shown.contains("t0ken-value"));
    assertEquals("SigningKey{accessKeySecret=****, securityToken=****}", shown);
    assertEquals("SigningKey{accessKeySecret=****}", SigningKey.of("s3cr3t-value").toString());
  }

  @Test
  void fromCredentialsKeepsSecretAndToken() {
    assertEquals(new SigningKey("sk", Optional.of("tok")),
        SigningKey.from(Credentials.session("ak", "sk", "tok", null)));
    assertEquals(new SigningKey("sk", Optional.empty()), SigningKey.from(Credentials.of("ak", "sk")));
  }

  @Test
  void rejectsBlankSecretOrToken() {
    assertEquals("signingKey.accessKeySecret",
        assertThrows(ValidationException.class, () -> SigningKey.of(" ")).field());
    assertEquals("signingKey.securityToken",
        assertThrows(ValidationException.class, () -> new SigningKey("sk", Optional.of(""))).field());
    assertEquals("signingKey.securityToken",
        assertThrows(ValidationException.class, () -> new SigningKey("sk", null)).field());
  }
}
