package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.internal.ModelValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of sdk-mesh's request values: {@link io.github.ackhybrid.core.ModelStyle},
 * whose generated classes carry no class path annotation but {@code @Override} (so users' strict
 * builds see no Immutables annotation they cannot resolve), with one difference: builders leave
 * unset or null attributes null, and each request's {@code @Value.Check} rejects them with a
 * {@link io.github.ackhybrid.core.exception.ValidationException} that names the field and the rule;
 * {@code build()} never returns a request with a null attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "****",
    allowedClasspathAnnotations = Override.class,
    validationMethod = Value.Style.ValidationMethod.NONE,
    throwForNullPointer = ModelValidationException.class,
    throwForInvalidImmutableState = ModelValidationException.class,
    defaults = @Value.Immutable(copy = false))
public @interface RequestStyle {}
