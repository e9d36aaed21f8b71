package dev.docpoet.codegen;

import com.palantir.javapoet.JavaFile;

/**
 * One generated source and what it is, so that a front end can choose or describe outputs without reading names.
 *
 * @param kind what the file holds
 */
public record GeneratedFile(Kind kind, JavaFile file) {
    /** What a generated file holds. */
    public enum Kind {
        /** A record for a documented body, with its nested records, unions and builder. */
        MODEL,
        /** An open enum for a field's documented values. */
        ENUM,
        /** The validator of a top-level record. */
        VALIDATOR,
        /** The companion interface: the client's resource groups, and the endpoints of none. */
        COMPANION,
        /** The client class, implementing the companion or the user's own interface. */
        CLIENT,
        /** A resource group of the client ({@code client.tickets()}): a method per endpoint of the group. */
        GROUP,
        /** The query, header and cookie parameters of one endpoint, with a builder. */
        PARAMS
    }

    /** The simple name of the file's type. */
    public String simpleName() {
        return file.typeSpec().name();
    }

    /** The path fingerprints list it under: {@code com/acme/Ticket.java}. */
    public String outputPath() {
        return Fingerprint.outputPath(file.packageName(), simpleName());
    }
}
