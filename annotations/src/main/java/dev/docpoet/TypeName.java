package dev.docpoet;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fixes the name of one generated type, used in {@link ApiDocs#types()}:
 * {@code @TypeName(of = "GET /fetch/{ns} 200", name = "Vector")}. {@code of} names a body by method, path and status
 * (or {@code request}), optionally followed by a field inside it by its wire names, for a nested record or an enum:
 * {@code "GET /tickets/{id} 200 /author"}. Path parameter names do not matter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface TypeName {
    /** The body, or the field inside it, as {@code METHOD /path STATUS|request [/field/…]}. */
    String of();

    /** The simple name its type gets. */
    String name();
}
