package dev.docpoet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method of an {@link ApiDocs} interface to a documented endpoint, such as {@code "GET /v2/conversations/{id}"}.
 * Not read yet: client stubs come in a later version, and until then using it is a compile error that says so.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Endpoint {
    /** The method and path template as the doc writes them. */
    String value();
}
