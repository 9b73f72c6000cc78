/**
 * Credentials and where they come from: static keys, environment variables, profile files and the
 * ECS RAM role, chained in the documented order by {@link io.github.ackhybrid.core.auth.CredentialsProvider#defaultChain()}.
 */
package io.github.ackhybrid.core.auth;
