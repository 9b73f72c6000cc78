/**
 * Internals of the SDK shared by its service modules: the request pipeline, JSON setup and
 * validation helpers. Not an API: exported only to the SDK's own modules.
 */
package io.github.ackhybrid.core.internal;
