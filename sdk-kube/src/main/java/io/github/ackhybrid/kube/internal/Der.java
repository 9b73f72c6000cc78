package io.github.ackhybrid.kube.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few ASN.1 DER operations needed to turn PKCS#1 and SEC1 keys into PKCS#8: split a value into
 * its elements and write tag-length-value triples. Failures are {@link IllegalArgumentException}s
 * that never quote the bytes, which may be key material.
 */
final class Der {
  static final int INTEGER = 0x02;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;
  static final int CONTEXT_0 = 0xA0;

  private Der() {}

  /**
   * One DER element.
   *
   * @param tag the identifier octet
   * @param content the content octets
   */
  record Element(int tag, byte[] content) {
    /**
     * Returns the elements inside a constructed element.
     *
     * @return the children in order
     */
    List<Element> children() {
      return Der.elements(content);
    }
  }

  /**
   * Reads exactly one element spanning the whole input.
   *
   * @param der the encoding
   * @return the element
   */
  static Element single(byte[] der) {
    List<Element> all = elements(der);
    if (all.size() != 1) {
      throw new IllegalArgumentException("expected one DER element, found " + all.size());
    }
    return all.get(0);
  }

  /**
   * Reads a run of consecutive elements.
   *
   * @param der the encoding
   * @return the elements in order
   */
  static List<Element> elements(byte[] der) {
    List<Element> out = new ArrayList<>();
    int pos = 0;
    while (pos < der.length) {
      int tag = der[pos++] & 0xFF;
      if ((tag & 0x1F) == 0x1F) {
        throw new IllegalArgumentException("multi-byte DER tags are not used in keys");
      }
      if (pos >= der.length) {
        throw new IllegalArgumentException("DER element is truncated");
      }
      int first = der[pos++] & 0xFF;
      int length;
      if (first < 0x80) {
        length = first;
      } else {
        int octets = first & 0x7F;
        if (octets == 0 || octets > 3 || pos + octets > der.length) {
          throw new IllegalArgumentException("DER length is malformed");
        }
        length = 0;
        for (int i = 0; i < octets; i++) {
          length = (length << 8) | (der[pos++] & 0xFF);
        }
      }
      if (length > der.length - pos) {
        throw new IllegalArgumentException("DER element is truncated");
      }
      out.add(new Element(tag, Arrays.copyOfRange(der, pos, pos + length)));
      pos += length;
    }
    return out;
  }

  /**
   * Encodes one element.
   *
   * @param tag the identifier octet
   * @param content the content octets
   * @return the DER encoding
   */
  static byte[] encode(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length <= 0xFF) {
      out.write(0x81);
      out.write(length);
    } else if (length <= 0xFFFF) {
      out.write(0x82);
      out.write(length >>> 8);
      out.write(length);
    } else {
      out.write(0x83);
      out.write(length >>> 16);
      out.write(length >>> 8);
      out.write(length);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  /**
   * Encodes a SEQUENCE of already encoded elements.
   *
   * @param encodedChildren the children's encodings, in order
   * @return the DER encoding
   */
  static byte[] sequence(byte[]... encodedChildren) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] child : encodedChildren) {
      content.writeBytes(child);
    }
    return encode(SEQUENCE, content.toByteArray());
  }
}
