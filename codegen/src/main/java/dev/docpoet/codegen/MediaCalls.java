package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.MediaPlanner.Reply;
import dev.docpoet.codegen.Operation.OperationParameter;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.MediaKind;
import java.util.List;

/**
 * The parts of a client method's code that depend on its bodies' media types, for {@link ClientWriter}: the type its
 * {@code Call} is of, how the body goes into it (JSON, form fields, an upload, text), what it accepts, and how it is
 * sent (whole, as a stream of events, as a download).
 */
final class MediaCalls {
    private MediaCalls() {}

    /** The type a call's builder is of: each event's data for a stream, else the method's success type, boxed. */
    static TypeName callType(Operation op) {
        TypeName success = op.success();
        if (success instanceof ParameterizedTypeName p && p.rawType().equals(MediaPlanner.STREAM_RESPONSE)) return p.typeArguments().get(0);
        return ClientWriter.boxed(success);
    }

    /** How the success body is asked for and read: its media type in {@code Accept}, a text body, a stream's end. */
    static void response(CodeBlock.Builder call, Operation op) {
        Body b = MediaPlanner.successBody(op);
        switch (MediaPlanner.reply(b)) {
            case JSON -> { }
            case EVENTS -> {
                call.add("\n.accept($S)", "text/event-stream");
                if (b.streamEnd() != null) call.add("\n.streamEnd($L)", Literals.of(b.streamEnd()));
            }
            case BYTES -> call.add("\n.accept($L)", Literals.of(acceptable(b.contentType())));
            case TEXT -> call.add("\n.textResponse($L)", Literals.of(acceptable(b.contentType())));
        }
    }

    /** A documented media type as an {@code Accept} value: parameters dropped; a wildcard left as one. */
    private static String acceptable(String contentType) {
        int semicolon = contentType.indexOf(';');
        String t = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return t.chars().allMatch(c -> c > 32 && c < 127) && t.contains("/") ? t : "*/*";
    }

    /** The request body, {@code value} being the method's argument, by its media type. */
    static void body(CodeBlock.Builder call, Operation op, OperationParameter p, CodeBlock value) {
        Body b = op.endpoint().requestBody();
        if (b == null || MediaPlanner.json(b)) {
            call.add("\n.$L($L)", p.required() ? "requiredBody" : "body", value);
            return;
        }
        switch (b.kind()) {
            case MULTIPART, FORM -> {
                String kind = b.kind() == MediaKind.MULTIPART ? "Multipart" : "Form";
                call.add("\n.$L($L)", p.required() ? "required" + kind : kind.toLowerCase(java.util.Locale.ROOT), value);
                List<String> names = FormPlanner.javaNames(b);
                for (int i = 0; i < names.size(); i++) {
                    CodeBlock field = p.required() ? CodeBlock.of("$L.$L()", value, names.get(i))
                            : CodeBlock.of("$L == null ? null : $L.$L()", value, value, names.get(i));
                    call.add("\n.field($L, $L)", Literals.of(b.fields().get(i).name()), field);
                }
            }
            case BINARY -> call.add("\n.$L($L)", p.required() ? "requiredUpload" : "upload", value);
            case TEXT -> call.add("\n.$L($L, $L)", p.required() ? "requiredText" : "text", value, Literals.of(textType(b.contentType())));
            default -> throw new IllegalStateException("an unsendable body reached the writer: " + op.signature());
        }
    }

    /** A text body's media type without its parameters (the runtime adds UTF-8). */
    private static String textType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    /**
     * Sends a call whose success body is a stream or a download, returning as the binding declares; false for any other
     * call, which the writer sends itself.
     */
    static boolean send(MethodSpec.Builder m, ClientBinding binding, CodeBlock call) {
        Reply reply = MediaPlanner.reply(MediaPlanner.successBody(binding.operation()));
        if (reply != Reply.EVENTS && reply != Reply.BYTES || binding.operation().success() == null) return false;
        boolean async = binding.async();
        String send = (reply == Reply.EVENTS ? "stream" : "download") + (async ? "Async" : "");
        ClassName streams = MediaPlanner.STREAM_RESPONSE;
        switch (binding.returns()) {
            case BODY -> {
                if (reply == Reply.EVENTS) m.addStatement("return transport.$L($L)", send, call);
                else if (async) m.addStatement("return transport.$L($L).thenApply($T::body)", send, call, ClientWriter.API_RESPONSE);
                else m.addStatement("return transport.$L($L).body()", send, call);
            }
            case RESPONSE -> {
                if (reply == Reply.BYTES) m.addStatement("return transport.$L($L)", send, call);
                else if (async) m.addStatement("return transport.$L($L).thenApply($T::response)", send, call, streams);
                else m.addStatement("return transport.$L($L).response()", send, call);
            }
            case VOID -> {
                // nothing asked for: the answer is checked, its body left unread and the connection closed
                if (reply == Reply.EVENTS && async) m.addStatement("return transport.$L($L).thenAccept($T::close)", send, call, streams);
                else if (reply == Reply.EVENTS) m.addStatement("transport.$L($L).close()", send, call);
                else if (async) m.addStatement("return transport.$L($L).thenAccept($T::closeDownload)", send, call, ClientWriter.TRANSPORT);
                else m.addStatement("$T.closeDownload(transport.$L($L))", ClientWriter.TRANSPORT, send, call);
            }
        }
        return true;
    }

    /** What a method's {@code @return} says of its success body. */
    static String returnDoc(Operation op) {
        return switch (MediaPlanner.reply(MediaPlanner.successBody(op))) {
            case JSON -> "the " + op.successStatus() + " body";
            case EVENTS -> "the events of the " + op.successStatus() + " body ({@code text/event-stream}) as they arrive: close it when done";
            case BYTES -> "the " + op.successStatus() + " body, read from the connection as you read it: close it when done";
            case TEXT -> "the " + op.successStatus() + " body as text";
        };
    }
}
