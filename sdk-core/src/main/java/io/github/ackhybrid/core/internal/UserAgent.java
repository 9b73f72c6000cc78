package io.github.ackhybrid.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the User-Agent the SDK sends: product, version, OS, architecture and Java version. */
final class UserAgent {
  private static final String BASE = "ackhybrid-sdk-java/" + sdkVersion()
      + " (" + System.getProperty("os.name") + "; " + System.getProperty("os.arch") + ") Java/"
      + System.getProperty("java.version");

  private UserAgent() {}

  static String of(String suffix) {
    return suffix == null ? BASE : BASE + " " + suffix;
  }

  /**
   * Returns the SDK version written into the jar at build time.
   *
   * @return the version, or {@code unknown} when running from unpackaged classes without it
   */
  static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/ackhybrid/core/sdk-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
