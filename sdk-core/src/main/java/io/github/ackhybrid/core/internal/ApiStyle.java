package io.github.ackhybrid.core.internal;

/** How an Alibaba Cloud API lays out its calls. */
public enum ApiStyle {
  /** REST paths, JSON bodies, lower-camel error bodies (ACK / CS). */
  ROA,
  /** {@code POST /} with the parameters in the query or a form body, PascalCase errors (ASM, BSS). */
  RPC
}
