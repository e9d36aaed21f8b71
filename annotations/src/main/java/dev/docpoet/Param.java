package dev.docpoet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the documented parameter a method parameter fills, where its Java name does not say it: without it
 * {@code xWorkspaceId} fills {@code x-workspace-id} (names compare by letters and digits, ignoring case), and a
 * parameter named {@code body}, or of the request body's type, is the request body.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Param {
    /** The parameter's name in the docs ({@code x-workspace-id}), or {@code body}. */
    String value();
}
