package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.MediaKind;
import dev.docpoet.spec.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends and reads for bodies other than JSON, by their media type: a form record for a
 * {@code multipart/form-data} or {@code application/x-www-form-urlencoded} request ({@link FormPlanner}), an
 * {@code Upload} for a binary one, a {@code String} for text; a {@code StreamResponse<T>} of the events of a
 * {@code text/event-stream}, an {@code InputStream} of a binary response, a {@code String} of a text one. A request body
 * no client can send keeps its endpoint out of the client, with a warning: never sent as JSON, never left off.
 */
final class MediaPlanner {
    static final ClassName UPLOAD = ClassName.get(ClientWriter.RUNTIME, "Upload");
    static final ClassName STREAM_RESPONSE = ClassName.get(ClientWriter.RUNTIME, "StreamResponse");
    static final ClassName INPUT_STREAM = ClassName.get(InputStream.class);
    private static final ClassName STRING = ClassName.get(String.class);

    /** How a client reads a success body. */
    enum Reply {
        /** A JSON value, read whole into its type (or no body at all). */
        JSON,
        /** Server-sent events, each event's data read into its type as it arrives. */
        EVENTS,
        /** Bytes, handed over as an input stream that reads them from the connection. */
        BYTES,
        /** Text, read whole into a string. */
        TEXT
    }

    private MediaPlanner() {}

    /** Whether a body is a JSON value: a JSON media type, or none given (a page that names none documents JSON). */
    static boolean json(Body b) {
        return b.contentType().isBlank() || b.kind() == MediaKind.JSON;
    }

    /** Whether the model plans records for a body's schema: a JSON body, or the data of each event of a stream it reads. */
    static boolean planned(Body b, boolean request) {
        return json(b) || !request && b.kind() == MediaKind.EVENT_STREAM;
    }

    /** Whether a request body is a form ({@code multipart/form-data} or {@code application/x-www-form-urlencoded}) with fields. */
    static boolean form(@Nullable Body b) {
        return b != null && (b.kind() == MediaKind.MULTIPART || b.kind() == MediaKind.FORM) && !b.fields().isEmpty();
    }

    /** Why no client can send an endpoint's request body as its docs describe it; null when one can (or there is none). */
    static @Nullable String unsendable(Endpoint e) {
        Body b = e.requestBody();
        if (b == null || json(b)) return null;
        return switch (b.kind()) {
            case JSON, BINARY, TEXT -> null;
            case MULTIPART, FORM -> b.fields().isEmpty() ? "its " + b.contentType() + " request body has no fields the docs give" : null;
            case EVENT_STREAM -> "a client does not send a text/event-stream";
            case OTHER -> "docpoet cannot write a " + (b.contentType().isBlank() ? "nameless" : b.contentType()) + " request body";
        };
    }

    /** A warning for each endpoint whose request body no client can send: it is left out of the client. */
    static List<Diagnostic> diagnostics(ApiModel model) {
        List<Diagnostic> out = new ArrayList<>();
        List<Endpoint> endpoints = model.endpoints().stream()
                .sorted(Comparator.comparing((Endpoint e) -> ApiModel.normalizedPath(e.path())).thenComparing(Endpoint::method)).toList();
        for (Endpoint e : endpoints) {
            String why = unsendable(e);
            if (why == null) continue;
            out.add(new Diagnostic(GeneratorCode.GenBodyUnmodeled, e.signature() + " is left out of the client: " + why
                    + "; it is never sent as JSON or without its body", e.requestBody().location(),
                    "call it with your own HTTP client, or document a JSON, multipart/form-data or form body"));
        }
        return out;
    }

    /** The Java type of a request body argument: an {@code Upload} for bytes, a {@code String} for text, else {@code planned}. */
    static TypeName requestType(Body b, TypeName planned) {
        if (json(b)) return planned;
        return switch (b.kind()) {
            case BINARY -> UPLOAD;
            case TEXT -> STRING;
            default -> planned;
        };
    }

    /** How a client reads a success body. */
    static Reply reply(@Nullable Body b) {
        if (b == null || json(b)) return Reply.JSON;
        return switch (b.kind()) {
            case EVENT_STREAM -> Reply.EVENTS;
            case TEXT, FORM -> Reply.TEXT;
            default -> Reply.BYTES;
        };
    }

    /**
     * The Java type a method returns for a success body: {@code StreamResponse<T>} of the events' type (String where the
     * docs give none), {@code InputStream} for bytes, {@code String} for text, else {@code planned}.
     */
    static TypeName replyType(Body b, TypeName planned) {
        return switch (reply(b)) {
            case JSON -> planned;
            case EVENTS -> ParameterizedTypeName.get(STREAM_RESPONSE, b.schema() == null ? STRING : ClientWriter.boxed(planned));
            case BYTES -> INPUT_STREAM;
            case TEXT -> STRING;
        };
    }

    /** The body of the response an operation returns (its success status's), or null. */
    static @Nullable Body successBody(Operation op) {
        for (Response r : op.endpoint().responses()) {
            if (r.status().equals(op.successStatus())) return r.body();
        }
        return null;
    }
}
