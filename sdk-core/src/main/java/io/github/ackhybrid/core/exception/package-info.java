/**
 * The SDK's exceptions: one unchecked hierarchy under {@link io.github.ackhybrid.core.exception.SdkException}.
 * Client-side problems ({@link io.github.ackhybrid.core.exception.ValidationException},
 * {@link io.github.ackhybrid.core.exception.ConfigurationException}) are raised before anything is sent;
 * {@link io.github.ackhybrid.core.exception.ServiceException} and its subtypes carry the service's answer;
 * {@link io.github.ackhybrid.core.exception.TransportException} means no complete answer arrived.
 *
 * <p>The exceptions are {@code Serializable} only because {@code Throwable} is; their serialized
 * form is no part of the API and may change between versions.
 *
 * @serial exclude
 */
package io.github.ackhybrid.core.exception;
