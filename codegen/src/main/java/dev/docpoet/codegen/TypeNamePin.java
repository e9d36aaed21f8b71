package dev.docpoet.codegen;

import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Location;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A name the user fixes for one generated type, whatever docpoet would choose: {@code of} names the body
 * ({@code "GET /tickets/{id} 200"}, {@code "POST /tickets request"}) and optionally a field inside it by its wire names
 * ({@code "GET /tickets/{id} 200 /author"}, {@code "… /replies/channel"}) for a nested record or an enum.
 *
 * @param at where the pin is written (an annotation value, a command-line option), for diagnostics
 */
public record TypeNamePin(String of, String name, Location at) {

    /** A pin written as {@code BODY=NAME} ({@code GET /fetch/{ns} 200=Vector}), as the CLI and the Maven plugin take it. */
    public static TypeNamePin parse(String written, Location at) {
        int eq = written.lastIndexOf('=');
        return new TypeNamePin(eq < 0 ? written : written.substring(0, eq), eq < 0 ? "" : written.substring(eq + 1).trim(), at);
    }

    /** The key {@code of} matches: method upper-case, path parameters unnamed, role lower-case; null when malformed. */
    @Nullable String key() {
        // a spec's shared component, as docpoet's messages name it: component FILE#NAME
        if (of.trim().startsWith("component ")) return of.trim();
        String[] parts = of.trim().split("\\s+");
        if (parts.length < 3 || parts.length > 4 || !parts[1].startsWith("/")) return null;
        String key = key(parts[0], parts[1], parts[2]);
        return parts.length == 4 ? key + " " + parts[3] : key;
    }

    static String key(String method, String path, String role) {
        return method.toUpperCase(Locale.ROOT) + " " + ApiModel.normalizedPath(path) + " " + role.toLowerCase(Locale.ROOT);
    }
}
