package io.github.ackhybrid.core;

import io.github.ackhybrid.core.internal.ModelValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every SDK model uses, so all models read alike. A model is a public
 * abstract class annotated {@code @ModelStyle @Value.Immutable}; the generated {@code ImmutableX}
 * stays package-private and the model exposes it through a nested builder:
 *
 * <pre>{@code
 * @ModelStyle
 * @Value.Immutable
 * public abstract class Label {
 *   public abstract String key();
 *   public abstract String value();
 *
 *   public static Builder builder() { return new Builder(); }
 *   public Builder toBuilder() { return new Builder().from(this); }
 *   public static final class Builder extends ImmutableLabel.Builder {}
 * }
 * }</pre>
 *
 * <p>Collections are JDK collections, never null; {@code Optional} stands for absent values;
 * {@code @Value.Redacted} hides secrets from {@code toString()}. A null argument or an unset required
 * attribute fails with a {@link io.github.ackhybrid.core.exception.ValidationException} naming the
 * attribute (see {@link ModelValidationException}), never an NPE or {@code IllegalStateException}; the
 * generated code reaches that SDK-internal type, so the style is for the SDK's own modules.
 *
 * <p>Generated classes carry no annotation from the class path but {@code @Override}: Immutables
 * would otherwise mark them {@code @org.immutables.value.Generated} (and, where it is available,
 * {@code @javax.annotation.processing.Generated}), and javac warns about every such class it reads
 * ("Cannot find annotation method 'from()'") in a user's build, where Immutables, a compile-time-only
 * dependency of the SDK, is absent; that fails builds with {@code -Xlint:all -Werror}. Immutables
 * emits a class path annotation only if {@code allowedClasspathAnnotations} is empty or lists it
 * (immutables/immutables: {@code Generated}'s Javadoc, "can be disabled by
 * Style#allowedClasspathAnnotations()", and the processor's {@code allowsClasspathAnnotation}).
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
    throwForNullPointer = ModelValidationException.class,
    throwForInvalidImmutableState = ModelValidationException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
