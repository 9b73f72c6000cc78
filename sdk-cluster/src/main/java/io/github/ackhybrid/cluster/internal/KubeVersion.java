package io.github.ackhybrid.cluster.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric part of an ACK Kubernetes version such as {@code 1.33.1-aliyun.1}, for comparisons
 * like "at least 1.33" that string order gets wrong (1.9 sorts after 1.33).
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version, 0 when the text gives none
 */
public record KubeVersion(int major, int minor, int patch) {
  private static final Pattern FORM = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?(?:[-+][0-9A-Za-z.+-]*)?");

  /**
   * Reads a version.
   *
   * @param text for example {@code 1.33.1-aliyun.1}, {@code v1.30} or {@code 1.28.3}
   * @return the version, or empty if the text is null or not in that form
   */
  public static Optional<KubeVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new KubeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
  }

  /**
   * Tells whether this version is the given minor version or later.
   *
   * @param atLeastMajor the major version to compare with
   * @param atLeastMinor the minor version to compare with
   * @return true if this version is at least {@code atLeastMajor.atLeastMinor}
   */
  public boolean isAtLeast(int atLeastMajor, int atLeastMinor) {
    return major != atLeastMajor ? major > atLeastMajor : minor >= atLeastMinor;
  }
}
