package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IPv4 CIDR block, parsed strictly: four decimal octets, a prefix, no host bits set. */
public final class Cidr {
  private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

  private final long network;
  private final int prefix;
  private final String text;

  private Cidr(long network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * Parses a block such as {@code 10.128.0.0/16}.
   *
   * @param text the block
   * @param field the dotted field name for the error
   * @return the block
   * @throws ValidationException if the text is not an IPv4 CIDR block with its host bits zero
   */
  public static Cidr parse(String text, String field) {
    Validate.notNull(text, field);
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new ValidationException(field, "must be an IPv4 CIDR block such as 10.128.0.0/16, was " + Validate.quote(text));
    }
    long address = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        throw new ValidationException(field, "must be an IPv4 CIDR block with octets 0-255, was " + Validate.quote(text));
      }
      address = (address << 8) | octet;
    }
    int prefix = Integer.parseInt(m.group(5));
    if (prefix > 32) {
      throw new ValidationException(field, "must have a prefix length of 0-32, was " + Validate.quote(text));
    }
    long mask = mask(prefix);
    if ((address & ~mask & 0xFFFFFFFFL) != 0) {
      throw new ValidationException(field, "must not set host bits: " + Validate.quote(text) + " is not the start of a /"
          + prefix + " block");
    }
    return new Cidr(address, prefix, text.trim());
  }

  /**
   * Returns the prefix length.
   *
   * @return 0-32
   */
  public int prefix() {
    return prefix;
  }

  /**
   * Tells whether two blocks share any address.
   *
   * @param other the other block
   * @return true if they overlap
   */
  public boolean overlaps(Cidr other) {
    long common = mask(Math.min(prefix, other.prefix));
    return (network & common) == (other.network & common);
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  @Override
  public String toString() {
    return text;
  }
}
