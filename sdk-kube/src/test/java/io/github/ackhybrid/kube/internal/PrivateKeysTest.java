package io.github.ackhybrid.kube.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrivateKeysTest {
  private static final String SOURCE = "kubeconfig user \"admin\" client-key";
  private static KeyPair rsa;
  private static KeyPair ec;

  @BeforeAll
  static void generateKeys() throws GeneralSecurityException {
    KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
    rsaGenerator.initialize(2048);
    rsa = rsaGenerator.generateKeyPair();
    KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
    ecGenerator.initialize(new ECGenParameterSpec("secp256r1"));
    ec = ecGenerator.generateKeyPair();
  }

  @Test
  void readsPkcs8RsaKey() throws GeneralSecurityException {
    PrivateKey key = PrivateKeys.parse(TestKeys.pem("PRIVATE KEY", rsa.getPrivate().getEncoded()), SOURCE);

    assertArrayEquals(rsa.getPrivate().getEncoded(), key.getEncoded());
    assertSignsFor(key, rsa.getPublic(), "SHA256withRSA");
  }

  @Test
  void readsPkcs8EcKey() throws GeneralSecurityException {
    PrivateKey key = PrivateKeys.parse(TestKeys.pem("PRIVATE KEY", ec.getPrivate().getEncoded()), SOURCE);

    assertEquals(((ECPrivateKey) ec.getPrivate()).getS(), ((ECPrivateKey) key).getS());
    assertSignsFor(key, ec.getPublic(), "SHA256withECDSA");
  }

  @Test
  void readsPkcs1RsaKeyByWrappingItInPkcs8() throws GeneralSecurityException {
    String pem = TestKeys.pkcs1Pem((RSAPrivateCrtKey) rsa.getPrivate());

    PrivateKey key = PrivateKeys.parse(pem, SOURCE);

    RSAPrivateCrtKey parsed = (RSAPrivateCrtKey) key;
    RSAPrivateCrtKey original = (RSAPrivateCrtKey) rsa.getPrivate();
    assertEquals(original.getModulus(), parsed.getModulus());
    assertEquals(original.getPrivateExponent(), parsed.getPrivateExponent());
    assertSignsFor(key, rsa.getPublic(), "SHA256withRSA");
  }

  @Test
  void readsSec1EcKeyAfterAnEcParametersBlock() throws GeneralSecurityException {
    String pem = TestKeys.sec1Pem((ECPrivateKey) ec.getPrivate(), true);

    PrivateKey key = PrivateKeys.parse(pem, SOURCE);

    assertEquals("EC", key.getAlgorithm());
    assertEquals(((ECPrivateKey) ec.getPrivate()).getS(), ((ECPrivateKey) key).getS());
    assertSignsFor(key, ec.getPublic(), "SHA256withECDSA");
  }

  @Test
  void readsEd25519Pkcs8Key() throws GeneralSecurityException {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

    PrivateKey key = PrivateKeys.parse(TestKeys.pem("PRIVATE KEY", ed.getPrivate().getEncoded()), SOURCE);

    assertSignsFor(key, ed.getPublic(), "Ed25519");
  }

  @Test
  void rejectsSec1KeyThatDoesNotNameItsCurve() {
    String pem = TestKeys.sec1Pem((ECPrivateKey) ec.getPrivate(), false);

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> PrivateKeys.parse(pem, SOURCE));

    assertTrue(e.getMessage().startsWith(SOURCE + " does not name its curve"), e.getMessage());
  }

  @Test
  void rejectsEncryptedKeysInBothForms() {
    String pkcs8Encrypted = TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] {0x30, 0x00});
    String legacyEncrypted = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        + "DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nMAA=\n-----END RSA PRIVATE KEY-----\n";

    for (String pem : new String[] {pkcs8Encrypted, legacyEncrypted}) {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> PrivateKeys.parse(pem, SOURCE));
      assertEquals(SOURCE + " is an encrypted private key; provide it unencrypted", e.getMessage());
    }
  }

  @Test
  void rejectsTextWithoutKeyBlock() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> PrivateKeys.parse(TestKeys.pem("CERTIFICATE", new byte[] {1, 2, 3}), SOURCE));

    assertEquals(SOURCE + " holds no PEM private key block", e.getMessage());
  }

  @Test
  void malformedKeyFailsWithoutQuotingTheKey() {
    byte[] truncated = new byte[200];
    System.arraycopy(rsa.getPrivate().getEncoded(), 0, truncated, 0, truncated.length);
    String pem = TestKeys.pem("PRIVATE KEY", truncated);

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> PrivateKeys.parse(pem, SOURCE));

    assertTrue(e.getMessage().startsWith(SOURCE + " is not a well-formed PRIVATE KEY"), e.getMessage());
    String base64 = Base64.getEncoder().encodeToString(truncated);
    assertFalse(e.getMessage().contains(base64.substring(0, 40)));
  }

  @Test
  void unterminatedBlockIsReportedByLabelAndLine() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> PrivateKeys.parse("\n-----BEGIN PRIVATE KEY-----\nMIIB\n", SOURCE));

    assertEquals(SOURCE + " is not valid PEM: PEM block PRIVATE KEY starting on line 2 has no END line", e.getMessage());
  }

  private static void assertSignsFor(PrivateKey key, PublicKey publicKey, String algorithm)
      throws GeneralSecurityException {
    byte[] data = "apply reviews".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(key);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(publicKey);
    verifier.update(data);
    assertTrue(verifier.verify(signature), "signature by the parsed key verifies with the original public key");
  }
}
