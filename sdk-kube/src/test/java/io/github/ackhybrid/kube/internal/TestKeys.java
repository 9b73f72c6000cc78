package io.github.ackhybrid.kube.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;

/**
 * Writes private keys in the PEM forms OpenSSL produces, independently of the production DER code,
 * so the parser is checked against encodings it did not make itself.
 */
public final class TestKeys {
  /** DER content of the OID 1.2.840.10045.3.1.7 (prime256v1 / secp256r1). */
  public static final byte[] P256_OID = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x03, 0x01, 0x07};

  private TestKeys() {}

  /** PKCS#1 {@code RSA PRIVATE KEY}, as {@code openssl genrsa} (1.x) writes it. */
  public static String pkcs1Pem(RSAPrivateCrtKey key) {
    byte[] der = tlv(0x30, concat(
        integer(BigInteger.ZERO),
        integer(key.getModulus()),
        integer(key.getPublicExponent()),
        integer(key.getPrivateExponent()),
        integer(key.getPrimeP()),
        integer(key.getPrimeQ()),
        integer(key.getPrimeExponentP()),
        integer(key.getPrimeExponentQ()),
        integer(key.getCrtCoefficient())));
    return pem("RSA PRIVATE KEY", der);
  }

  /**
   * SEC1 {@code EC PRIVATE KEY} on P-256, preceded by the {@code EC PARAMETERS} block that
   * {@code openssl ecparam -genkey} writes first.
   */
  public static String sec1Pem(ECPrivateKey key, boolean nameCurve) {
    byte[] s = key.getS().toByteArray();
    byte[] fixed = new byte[32];
    int copy = Math.min(s.length, 32);
    System.arraycopy(s, s.length - copy, fixed, 32 - copy, copy);
    byte[] curve = tlv(0x06, P256_OID);
    byte[] der = tlv(0x30, concat(
        integer(BigInteger.ONE),
        tlv(0x04, fixed),
        nameCurve ? tlv(0xA0, curve) : new byte[0]));
    return pem("EC PARAMETERS", curve) + pem("EC PRIVATE KEY", der);
  }

  /** One PEM block with 64-character lines. */
  public static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 128) {
      out.write(length);
    } else if (length < 256) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xFF);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
