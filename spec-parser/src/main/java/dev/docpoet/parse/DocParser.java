package dev.docpoet.parse;

import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.PageReader;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.openapi.OpenApiReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point of the spec parser for a single source: a doc page or an OpenAPI spec in, its
 * {@link ApiDocument} (endpoints and diagnostics) out; {@link DocSetReader} reads a whole doc set, pages that point at
 * a spec resolved. The dialect is detected from the content. Never throws on bad input: every problem becomes a diagnostic.
 */
public final class DocParser {
    private DocParser() {}

    /** Parses a file, naming it in diagnostics as {@code displayName}. */
    public static ApiDocument parse(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return failed(displayName, ParserCode.SpecUnreadableFile, new SourceLocation(displayName, 1, 1),
                    "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
        return parse(displayName, bytes);
    }

    public static ApiDocument parse(Path file) {
        return parse(file, file.toString());
    }

    /** The largest page docpoet reads, 16 MiB: reading is linear, but no API reference page comes near it. */
    public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    /** Parses bytes that should be UTF-8 text; binary or non-UTF-8 input gives an error diagnostic. */
    public static ApiDocument parse(String name, byte[] bytes) {
        return parse(name, bytes, null, null).document();
    }

    private static Decoded decode(String name, byte[] bytes) {
        if (bytes.length > MAX_PAGE_BYTES) {
            DiagnosticSink sink = new DiagnosticSink();
            sink.report(ParserCode.SpecPageTooLarge, new SourceLocation(name, 1, 1), "the page is " + (bytes.length >> 20)
                    + " MiB, more than the " + (MAX_PAGE_BYTES >> 20) + " MiB docpoet reads; it is not read", "split it into pages");
            return new Decoded(null, new ApiDocument(name, Dialect.PLAIN_MARKDOWN, null, List.of(), sink.all()));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return new Decoded(null, binary(name, bytes, i));
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstBadUtf8(bytes);
            return new Decoded(null, binary(name, bytes, bad));
        }
    }

    /**
     * Parses a page's text, or a spec's: JSON whose top-level object has an {@code openapi} or {@code swagger} version key,
     * or a .yaml or .yml file whose top-level mapping has one ({@link OpenApiReader#isSpec}).
     */
    public static ApiDocument parse(String name, String text) {
        return parse(name, text, null, null).document();
    }

    /**
     * Parses one source of a doc set, named as {@code naming} says; a spec read from disk may refer to other files
     * inside the docs folder.
     */
    public static ApiDocument parse(DocSource source, java.util.function.Function<DocSource, String> naming) {
        return parseSource(source, naming).document();
    }

    /** A source parsed, with the other files it read: a spec's refs, a page's snippets and imported JSON. */
    record Parsed(ApiDocument document, List<Path> referenced) {}

    static Parsed parseSource(DocSource source, java.util.function.Function<DocSource, String> naming) {
        return parse(naming.apply(source), source.bytes(), source.file(), source.absoluteRoot());
    }

    private static Parsed parse(String name, byte[] bytes, @Nullable Path file, @Nullable Path root) {
        Decoded d = decode(name, bytes);
        return d.failed() != null ? new Parsed(d.failed(), List.of()) : parse(name, d.text(), file, root);
    }

    /** A page's bytes as text, or the document that says why they are not text docpoet reads. */
    private record Decoded(@Nullable String text, @Nullable ApiDocument failed) {}

    private static Parsed parse(String name, String text, @Nullable Path file, @Nullable Path root) {
        if (OpenApiReader.isSpec(name, text)) {
            try {
                OpenApiReader.Read read = OpenApiReader.readWithReferences(name, text.startsWith("\uFEFF") ? text.substring(1) : text, file, root);
                return new Parsed(read.document(), read.referenced());
            } catch (RuntimeException | StackOverflowError e) {
                DiagnosticSink sink = new DiagnosticSink();
                sink.report(ParserCode.SpecInternalError, new SourceLocation(name, 1, 1),
                        "docpoet failed to read this spec (" + e + ")", "please report this with the spec attached");
                return new Parsed(new ApiDocument(name, Dialect.OPENAPI, null, List.of(), sink.all()), List.of());
            }
        }
        dev.docpoet.parse.internal.Includes includes = FolderIncludes.of(name, file, root);
        return new Parsed(page(name, text, includes), FolderIncludes.read(includes));
    }

    private static ApiDocument page(String name, String text, dev.docpoet.parse.internal.Includes includes) {
        SourceText src = new SourceText(name, text.startsWith("\uFEFF") ? " " + text.substring(1) : text);
        DiagnosticSink sink = new DiagnosticSink();
        try {
            return PageReader.read(src, sink, includes);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must not take the user's build down: report it against the page.
            sink.report(ParserCode.SpecInternalError, new SourceLocation(name, 1, 1),
                    "docpoet failed to read this page (" + e + ")", "please report this with the page attached");
            return new ApiDocument(name, Dialect.PLAIN_MARKDOWN, null, List.of(), sink.all());
        }
    }

    private static ApiDocument binary(String name, byte[] bytes, int at) {
        int line = 1, col = 1;
        for (int i = 0; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return failed(name, ParserCode.SpecBinaryInput, new SourceLocation(name, line, col),
                "file is not UTF-8 text (byte 0x" + String.format("%02x", bytes[Math.min(at, bytes.length - 1)] & 0xff)
                        + " at offset " + at + ")",
                "docpoet reads .md/.mdx pages saved as UTF-8; remove binary files from the doc folder");
    }

    private static int firstBadUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : -1;
            if (len < 0 || i + len > b.length) return i;
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xc0) != 0x80) return i;
            }
            i += len;
        }
        return Math.max(0, b.length - 1);
    }

    private static ApiDocument failed(String name, ParserCode code, SourceLocation at, String message, String hint) {
        DiagnosticSink sink = new DiagnosticSink();
        sink.report(code, at, message, hint);
        return new ApiDocument(name, Dialect.PLAIN_MARKDOWN, null, List.of(), sink.all());
    }
}
