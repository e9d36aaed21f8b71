package dev.docpoet.codegen;

import dev.docpoet.spec.DiagnosticCode;
import dev.docpoet.spec.Severity;

/** The generator's catalogue: what it reports about the Java names and types it chose. IDs are stable. */
public enum GeneratorCode implements DiagnosticCode {
    /** A wire name became a Java name that is not its plain lowerCamel form. */
    GenJavaName(Severity.INFO),
    /** A type did not get the first name its use asks for (reserved, or taken by a type of another shape). */
    GenTypeName(Severity.INFO),
    /** Two uses want one type name but have different shapes: both get longer names. */
    GenNameConflict(Severity.WARNING),
    /** Two uses that the naming rule cannot tell apart at all: numbered, and an error until one is pinned. */
    GenNameClash(Severity.ERROR),
    /** A name pin that matches nothing in the docs. */
    GenPinUnused(Severity.WARNING),
    /** A name pin that cannot be honoured: not a Java name, reserved, or pinned twice for different shapes. */
    GenPinInvalid(Severity.ERROR),
    /** Nesting too deep for class file names: the value becomes a map. */
    GenTooDeep(Severity.WARNING),
    /** An object with more fields than a Java record can take: the rest are read into {@code additionalProperties}. */
    GenTooManyFields(Severity.WARNING),
    /** The docs ask for an API key without naming the header it travels in: the client's builder takes the header's name. */
    GenAuthHeaderUnknown(Severity.WARNING),
    /** An enum too large for a class file (a value over 1 KiB, or over 500 values): the field is a plain value, unchecked. */
    GenEnumTooLarge(Severity.WARNING),
    /**
     * A request body no client can send as the docs describe it ({@code multipart/mixed}, a form whose fields the docs
     * do not give): its endpoint is left out of the client, never sent as JSON or without its body.
     */
    GenBodyUnmodeled(Severity.WARNING),
    /** A field of an {@code application/x-www-form-urlencoded} body that is an object or a list of them: sent as JSON text. */
    GenFormFieldAsJson(Severity.WARNING),
    /**
     * A list endpoint whose pages the docs show how to follow, recognised by the names of its parameters and fields
     * ({@code cursor} and {@code next_cursor}, {@code page}, {@code offset}): the client adds an {@code …AutoPaging} method.
     * An inference, but one that changes no type.
     */
    GenPagination(Severity.INFO),
    /** The JVM's heap was too small for the docs: nothing is generated, and the error says how to give it more. */
    GenOutOfMemory(Severity.ERROR);

    private final Severity severity;

    GeneratorCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
