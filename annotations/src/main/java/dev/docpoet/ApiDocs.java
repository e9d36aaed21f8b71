package dev.docpoet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed models (records, enums, validators) of the API that the named doc pages describe, at compile time.
 * Paths are files or folders, resolved against {@code -Adocpoet.docsDir}, then the source path, then the class path.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiDocs {
    /** Doc files or folders (folders are searched recursively for .md, .mdx, .markdown and .txt pages). */
    String[] value();

    /** The package of the generated types; the annotated interface's package when empty. */
    String packageName() default "";

    /** Names fixed for generated types, whatever docpoet would choose (see the README, "Names"). */
    TypeName[] types() default {};
}
