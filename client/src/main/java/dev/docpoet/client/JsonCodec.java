package dev.docpoet.client;

import java.io.IOException;
import java.lang.reflect.Type;

/**
 * How a client turns request records into JSON and JSON into response records. docpoet ships one for Jackson 2 and
 * one for Jackson 3 ({@link #detect()} picks whichever the class path has); any other library fits behind it.
 */
public interface JsonCodec {
    /** The value as JSON bytes (UTF-8). */
    byte[] write(Object value) throws IOException;

    /** The JSON read as {@code type}, a class or a parameterized type such as {@code List<Ticket>}. */
    Object read(byte[] json, Type type) throws IOException;

    /**
     * Jackson 2 ({@code com.fasterxml.jackson.databind}) when it is on the class path, else Jackson 3
     * ({@code tools.jackson.databind}).
     *
     * @throws IllegalStateException when neither is, saying which dependency to add
     */
    static JsonCodec detect() {
        if (present("com.fasterxml.jackson.databind.ObjectMapper")) return Jackson2Codec.create();
        if (present("tools.jackson.databind.json.JsonMapper")) return Jackson3Codec.create();
        throw new IllegalStateException("no JSON library for the docpoet client: add com.fasterxml.jackson.core:jackson-databind"
                + " (with jackson-datatype-jsr310 for dates) or tools.jackson.core:jackson-databind, or pass a JsonCodec"
                + " to the client builder's json(…)");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JsonCodec.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
