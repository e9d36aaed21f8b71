package dev.docpoet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method of an {@link ApiDocs} interface to a documented endpoint, such as {@code "GET /v2/conversations/{id}"},
 * for the generated client to implement. Without it a method binds by name: the name the companion interface would
 * give the endpoint (the doc's title in lowerCamel, as the README says), or that name with {@code Async}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Endpoint {
    /** The method and path template as the doc writes them; path parameter names need not match. */
    String value();
}
