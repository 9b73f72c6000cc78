package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashes and MACs the signature schemes need, with lower-case hex or standard Base64 output.
 * Digest and MAC engines are kept per thread: looking up a JCA provider on every call costs more
 * than the hashing of a typical request, and the engines are not thread-safe.
 */
public final class Digests {
  /** Lower-case hex SHA-256 of zero bytes, the payload hash of a request without a body. */
  public static final String EMPTY_SHA256_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));
  private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> digest("MD5"));
  private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
  private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));

  private Digests() {}

  /**
   * Hashes bytes with SHA-256.
   *
   * @param data the bytes
   * @return the lower-case hex digest
   * @throws ValidationException if data is null
   */
  public static String sha256Hex(byte[] data) {
    Validate.notNull(data, "data");
    return HEX.formatHex(SHA256.get().digest(data));
  }

  /**
   * Hashes the UTF-8 form of a string with SHA-256.
   *
   * @param utf8 the text
   * @return the lower-case hex digest
   * @throws ValidationException if the text is null
   */
  public static String sha256Hex(String utf8) {
    Validate.notNull(utf8, "utf8");
    return sha256Hex(utf8.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Computes HMAC-SHA256 with the UTF-8 bytes of a key over the UTF-8 bytes of data.
   *
   * @param key the key, such as an AccessKey secret
   * @param data the text to authenticate
   * @return the lower-case hex MAC
   * @throws ValidationException if either argument is null or the key is empty
   */
  public static String hmacSha256Hex(String key, String data) {
    return HEX.formatHex(hmac(HMAC_SHA256.get(), key, data));
  }

  /**
   * Computes HMAC-SHA1 with the UTF-8 bytes of a key over the UTF-8 bytes of data.
   *
   * @param key the key, used as given (callers add any suffix their scheme requires)
   * @param data the text to authenticate
   * @return the standard Base64 MAC
   * @throws ValidationException if either argument is null or the key is empty
   */
  public static String hmacSha1Base64(String key, String data) {
    return Base64.getEncoder().encodeToString(hmac(HMAC_SHA1.get(), key, data));
  }

  /**
   * Hashes bytes with MD5, as the {@code Content-MD5} header carries them.
   *
   * @param data the bytes
   * @return the standard Base64 digest
   * @throws ValidationException if data is null
   */
  public static String md5Base64(byte[] data) {
    Validate.notNull(data, "data");
    return Base64.getEncoder().encodeToString(MD5.get().digest(data));
  }

  private static byte[] hmac(Mac mac, String key, String data) {
    Validate.notNull(key, "key");
    Validate.notNull(data, "data");
    if (key.isEmpty()) {
      throw new ValidationException("key", "must not be empty");
    }
    try {
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), mac.getAlgorithm()));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(mac.getAlgorithm() + " rejected a raw key", e);
    }
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime must provide " + algorithm, e);
    }
  }

  private static Mac mac(String algorithm) {
    try {
      return Mac.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime must provide " + algorithm, e);
    }
  }
}
