package io.github.ackhybrid.kube.internal;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an unencrypted private key from PEM in the three forms kubeconfigs carry: PKCS#8
 * ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}). The
 * JDK reads only PKCS#8, so the other two are wrapped into PKCS#8 here rather than pulling in a
 * crypto library. Error messages name where the key came from, never its content.
 */
public final class PrivateKeys {
  private static final byte[] RSA_ENCRYPTION = {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01};
  private static final byte[] EC_PUBLIC_KEY = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01};
  private static final byte[] ED25519 = {0x2B, 0x65, 0x70};
  private static final byte[] ED448 = {0x2B, 0x65, 0x71};
  private static final byte[] VERSION_0 = Der.encode(Der.INTEGER, new byte[] {0});

  private PrivateKeys() {}

  /**
   * Parses the first private key block of the PEM text; other blocks (such as the
   * {@code EC PARAMETERS} block OpenSSL writes before an EC key) are skipped.
   *
   * @param pem PEM text holding a private key
   * @param source where the key came from, for messages, e.g. {@code kubeconfig user "admin" client-key-data}
   * @return the key
   * @throws ConfigurationException if there is no key block, the key is encrypted, its form or
   *     algorithm is unsupported, or it is malformed
   */
  public static PrivateKey parse(String pem, String source) {
    List<Pem.Block> blocks;
    try {
      blocks = Pem.parse(pem);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(source + " is not valid PEM: " + e.getMessage());
    }
    Pem.Block block = blocks.stream()
        .filter(b -> b.label().endsWith("PRIVATE KEY"))
        .findFirst()
        .orElseThrow(() -> new ConfigurationException(source + " holds no PEM private key block"));
    if (block.encrypted()) {
      throw new ConfigurationException(source + " is an encrypted private key; provide it unencrypted");
    }
    try {
      return switch (block.label()) {
        case "PRIVATE KEY" -> fromPkcs8(block.der(), source);
        case "RSA PRIVATE KEY" -> generate("RSA", pkcs8(RSA_ENCRYPTION, Der.encode(Der.NULL, new byte[0]), block.der()));
        case "EC PRIVATE KEY" -> generate("EC", pkcs8(EC_PUBLIC_KEY, curveOf(block.der(), source), block.der()));
        default -> throw new ConfigurationException(source + " is a PEM \"" + block.label()
            + "\" block; expected PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY");
      };
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new ConfigurationException(source + " is not a well-formed " + block.label() + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static PrivateKey fromPkcs8(byte[] der, String source) throws GeneralSecurityException {
    List<Der.Element> parts = Der.single(der).children();
    if (parts.size() < 3 || parts.get(1).tag() != Der.SEQUENCE) {
      throw new IllegalArgumentException("not a PKCS#8 PrivateKeyInfo");
    }
    List<Der.Element> algorithmIdentifier = parts.get(1).children();
    if (algorithmIdentifier.isEmpty() || algorithmIdentifier.get(0).tag() != Der.OID) {
      throw new IllegalArgumentException("PKCS#8 algorithm is not an OID");
    }
    byte[] oid = algorithmIdentifier.get(0).content();
    String keyAlgorithm;
    if (Arrays.equals(oid, RSA_ENCRYPTION)) {
      keyAlgorithm = "RSA";
    } else if (Arrays.equals(oid, EC_PUBLIC_KEY)) {
      keyAlgorithm = "EC";
    } else if (Arrays.equals(oid, ED25519) || Arrays.equals(oid, ED448)) {
      keyAlgorithm = "EdDSA";
    } else {
      throw new ConfigurationException(source + " uses a key algorithm other than RSA, EC or EdDSA");
    }
    return generate(keyAlgorithm, der);
  }

  /** Reads the named curve from SEC1's optional {@code [0] parameters}, which PKCS#8 moves into its AlgorithmIdentifier. */
  private static byte[] curveOf(byte[] sec1, String source) {
    for (Der.Element part : Der.single(sec1).children()) {
      if (part.tag() == Der.CONTEXT_0) {
        Der.Element parameters = Der.single(part.content());
        if (parameters.tag() != Der.OID) {
          throw new ConfigurationException(source + " uses explicit EC parameters; provide a key on a named curve");
        }
        return Der.encode(Der.OID, parameters.content());
      }
    }
    throw new ConfigurationException(source + " does not name its curve; provide it as PKCS#8 (PRIVATE KEY) instead");
  }

  private static byte[] pkcs8(byte[] algorithmOid, byte[] encodedParameters, byte[] innerKey) {
    return Der.sequence(
        VERSION_0,
        Der.sequence(Der.encode(Der.OID, algorithmOid), encodedParameters),
        Der.encode(Der.OCTET_STRING, innerKey));
  }

  private static PrivateKey generate(String algorithm, byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }
}
