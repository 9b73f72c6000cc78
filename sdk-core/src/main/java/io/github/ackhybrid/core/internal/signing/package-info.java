/**
 * Request signing: ACS3-HMAC-SHA256 (signature V3) for every call the SDK sends, and the older
 * ROA and RPC HMAC-SHA1 signatures (V2) which the simulator verifies for older clients.
 */
package io.github.ackhybrid.core.internal.signing;
