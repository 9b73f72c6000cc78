package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The envelope of every BSS answer. {@code Code} differs between operations ({@code Success},
 * {@code 200}), so success is judged by {@code Success} alone.
 *
 * @param requestId {@code RequestId}
 * @param success {@code Success}
 * @param code {@code Code}
 * @param message {@code Message}
 * @param data {@code Data}, the operation's own payload
 * @param <T> the payload type
 */
record WireEnvelope<T>(
    @JsonProperty("RequestId") String requestId,
    @JsonProperty("Success") Boolean success,
    @JsonProperty("Code") String code,
    @JsonProperty("Message") String message,
    @JsonProperty("Data") T data) {}
