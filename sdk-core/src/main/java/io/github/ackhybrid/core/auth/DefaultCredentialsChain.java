package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;

/** The default chain of credential sources. (Being written: see the credentials work item.) */
final class DefaultCredentialsChain implements CredentialsProvider {
  static CredentialsProvider create() {
    return new DefaultCredentialsChain();
  }

  @Override
  public Credentials resolveCredentials() {
    throw new ConfigurationException("no credentials");
  }
}
