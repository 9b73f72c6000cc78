package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;

/**
 * An IPv4 CIDR block, read strictly (four decimal octets 0-255 without leading zeros, a prefix
 * 0-32). Host bits may be set, as in ACK's own examples ({@code 172.16.1.0/20}); comparisons use
 * the network the prefix covers.
 *
 * @param address the address as an unsigned 32-bit value
 * @param prefix the prefix length
 */
public record Ipv4Cidr(long address, int prefix) {
  /** The private ranges ACK accepts for pod and Service CIDR blocks of managed clusters. */
  public static final List<Ipv4Cidr> ACK_PRIVATE_RANGES = List.of(
      new Ipv4Cidr(10L << 24, 8), new Ipv4Cidr((172L << 24) | (16L << 16), 12), new Ipv4Cidr((192L << 24) | (168L << 16), 16));

  /**
   * Reads a CIDR block.
   *
   * @param text for example {@code 172.20.0.0/16}
   * @param field the dotted field name for the error
   * @return the block
   * @throws ValidationException if the text is not an IPv4 CIDR block
   */
  public static Ipv4Cidr parse(String text, String field) {
    Validate.notNull(text, field);
    int slash = text.indexOf('/');
    String[] octets = slash < 0 ? new String[0] : text.substring(0, slash).split("\\.", -1);
    if (octets.length != 4) {
      throw invalid(text, field);
    }
    long address = 0;
    for (String octet : octets) {
      address = (address << 8) | number(octet, 255, text, field);
    }
    int prefix = (int) number(text.substring(slash + 1), 32, text, field);
    return new Ipv4Cidr(address, prefix);
  }

  private static long number(String digits, int max, String text, String field) {
    if (digits.isEmpty() || digits.length() > 3 || (digits.length() > 1 && digits.charAt(0) == '0')
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(text, field);
    }
    int value = Integer.parseInt(digits);
    if (value > max) {
      throw invalid(text, field);
    }
    return value;
  }

  private static ValidationException invalid(String text, String field) {
    return new ValidationException(field, "must be an IPv4 CIDR block such as 172.20.0.0/16, was " + Validate.quote(text));
  }

  /**
   * Returns the first address of the network the prefix covers.
   *
   * @return the network address as an unsigned 32-bit value
   */
  public long network() {
    return address & mask();
  }

  /**
   * Returns the last address of the network the prefix covers.
   *
   * @return the broadcast address as an unsigned 32-bit value
   */
  public long lastAddress() {
    return network() | (~mask() & 0xFFFFFFFFL);
  }

  /**
   * Tells whether this block lies wholly inside another.
   *
   * @param outer the block that should contain this one
   * @return true if every address of this block is in {@code outer}
   */
  public boolean isWithin(Ipv4Cidr outer) {
    return prefix >= outer.prefix && network() >= outer.network() && lastAddress() <= outer.lastAddress();
  }

  /**
   * Tells whether this block and another share any address.
   *
   * @param other the other block
   * @return true if they overlap
   */
  public boolean overlaps(Ipv4Cidr other) {
    return network() <= other.lastAddress() && other.network() <= lastAddress();
  }

  private long mask() {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  @Override
  public String toString() {
    return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
        + (address & 255) + "/" + prefix;
  }
}
