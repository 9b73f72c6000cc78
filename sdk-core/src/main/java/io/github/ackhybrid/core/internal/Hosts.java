package io.github.ackhybrid.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host name checks shared by the cloud endpoint and kubeconfig server rules. */
public final class Hosts {
  private Hosts() {}

  /**
   * Tells whether a host is {@code localhost} or a literal loopback address ({@code 127.x.x.x},
   * {@code ::1}), with or without IPv6 brackets. Names are never resolved: a builder must not touch
   * DNS, and a name that resolves to loopback today may not tomorrow.
   *
   * @param host the host from a URI
   * @return true for a loopback host
   */
  public static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.isEmpty() && (Character.digit(h.charAt(0), 16) >= 0 || h.contains(":"))) {
      try {
        // A literal address is parsed, not looked up, by getByName.
        return (h.chars().allMatch(c -> Character.isDigit(c) || c == '.') || h.contains(":"))
            && InetAddress.getByName(h).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }
}
