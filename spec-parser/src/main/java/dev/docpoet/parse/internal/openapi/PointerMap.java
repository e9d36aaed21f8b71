package dev.docpoet.parse.internal.openapi;

import dev.docpoet.spec.Pointers;

/**
 * Maps a place in swagger-parser's OpenAPI 3 model to the same place in the file, as a JSON pointer: the same pointer
 * for an OpenAPI file; for a Swagger 2.0 file, which swagger-parser converted, the 2.0 names of what moved
 * ({@code /components/schemas/X} was {@code /definitions/X}; a body's schema was the response's or parameter's own).
 */
final class PointerMap {
    private final boolean swagger2;

    PointerMap(boolean swagger2) {
        this.swagger2 = swagger2;
    }

    String component(String name) {
        return (swagger2 ? "/definitions/" : "/components/schemas/") + Pointers.escape(name);
    }

    String of(String pointer) {
        if (!swagger2) return pointer;
        String p = pointer;
        if (p.startsWith("/components/schemas/")) return "/definitions/" + p.substring("/components/schemas/".length());
        if (p.startsWith("/components/parameters/")) return "/parameters/" + p.substring("/components/parameters/".length());
        if (p.startsWith("/components/responses/")) return "/responses/" + p.substring("/components/responses/".length());
        if (p.startsWith("/components/securitySchemes/")) return "/securityDefinitions/" + p.substring("/components/securitySchemes/".length());
        // a response's content/{type}/schema was the response's schema; a request body was a body parameter
        p = p.replaceFirst("(/responses/[^/]+)/content/[^/]+/schema", "$1/schema");
        p = p.replaceFirst("/requestBody/content/[^/]+/schema", "/parameters");
        return p;
    }
}
