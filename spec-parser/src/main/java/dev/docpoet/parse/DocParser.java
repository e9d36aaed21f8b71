package dev.docpoet.parse;

import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.PageReader;
import dev.docpoet.parse.internal.SourceText;
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

/**
 * The one entry point of the spec parser: a doc page in, its {@link ApiDocument} (endpoints and diagnostics) out.
 * The dialect is detected from the content. Never throws on bad input: every problem becomes a diagnostic.
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
        if (bytes.length > MAX_PAGE_BYTES) {
            DiagnosticSink sink = new DiagnosticSink();
            sink.report(ParserCode.SpecPageTooLarge, new SourceLocation(name, 1, 1), "the page is " + (bytes.length >> 20)
                    + " MiB, more than the " + (MAX_PAGE_BYTES >> 20) + " MiB docpoet reads; it is not read", "split it into pages");
            return new ApiDocument(name, Dialect.PLAIN_MARKDOWN, null, List.of(), sink.all());
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return binary(name, bytes, i);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return parse(name, text);
        } catch (CharacterCodingException e) {
            int bad = firstBadUtf8(bytes);
            return binary(name, bytes, bad);
        }
    }

    /** Parses a page's text. */
    public static ApiDocument parse(String name, String text) {
        SourceText src = new SourceText(name, text.startsWith("\uFEFF") ? " " + text.substring(1) : text);
        DiagnosticSink sink = new DiagnosticSink();
        try {
            return PageReader.read(src, sink);
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
