package dev.docpoet.parse;

import dev.docpoet.infer.Inference;
import dev.docpoet.lint.ExampleLinter;
import dev.docpoet.parse.mintlify.MintlifyReader;
import dev.docpoet.parse.redocly.RedoclyReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.DiagnosticCode;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one entry point of the spec parser: a doc page in, its {@link ApiDocument} (endpoints and diagnostics) out.
 * The dialect is detected from the content. Never throws on bad input: every problem becomes a diagnostic.
 */
public final class DocParser {
    private static final Pattern MDX_COMPONENT = Pattern.compile("<(?:ParamField|ResponseField|ResponseExample|RequestExample)\\b");

    private DocParser() {}

    /** Parses a file, naming it in diagnostics as {@code displayName}. */
    public static ApiDocument parse(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return failed(displayName, DiagnosticCode.SpecUnreadableFile, new SourceLocation(displayName, 1, 1),
                    "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
        return parse(displayName, bytes);
    }

    public static ApiDocument parse(Path file) {
        return parse(file, file.toString());
    }

    /** Parses bytes that should be UTF-8 text; binary or non-UTF-8 input gives an error diagnostic. */
    public static ApiDocument parse(String name, byte[] bytes) {
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
            return parse(src, sink);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must not take the user's build down: report it against the page.
            sink.report(DiagnosticCode.SpecUnreadableFile, new SourceLocation(name, 1, 1),
                    "docpoet failed to read this page (" + e + ")", "please report this with the page attached");
            return new ApiDocument(name, Dialect.PLAIN_MARKDOWN, null, List.of(), sink.all());
        }
    }

    private static ApiDocument parse(SourceText src, DiagnosticSink sink) {
        FrontMatter fm = FrontMatter.read(src, sink);
        Dialect dialect = detect(src.text(), fm);
        PageDraft page = switch (dialect) {
            case REDOCLY_MARKDOWN -> new RedoclyReader(src, sink).read(fm);
            case MINTLIFY_MDX -> new MintlifyReader(src, sink).read(fm);
            case PLAIN_MARKDOWN -> new PageDraft();
        };
        if (page.endpoints.isEmpty() && dialect != Dialect.MINTLIFY_MDX) {
            sink.report(DiagnosticCode.SpecNoEndpoint, src.location(fm.bodyStart()), "page declares no endpoint",
                    "a Redocly page needs `Endpoint: METHOD /path`; a Mintlify page needs `api: 'METHOD /path'` in its front matter");
        } else if (page.endpoints.isEmpty() && !hasNoEndpointNote(sink)) {
            sink.report(DiagnosticCode.SpecNoEndpoint, src.location(fm.bodyStart()), "page declares no endpoint",
                    "add `api: 'METHOD /path'` to the front matter if this page documents an HTTP endpoint");
        }
        Inference inference = new Inference(src, sink);
        ExampleLinter linter = new ExampleLinter(src, sink);
        List<Endpoint> endpoints = new ArrayList<>();
        for (EndpointDraft ep : page.endpoints) {
            inference.complete(ep);
            if (ep.request != null) linter.check(ep.request);
            ep.responses.values().forEach(linter::check);
            endpoints.add(DraftFreezer.endpoint(ep));
        }
        return new ApiDocument(src.name(), dialect, page.title, endpoints, sink.all());
    }

    private static boolean hasNoEndpointNote(DiagnosticSink sink) {
        return sink.all().stream().anyMatch(d -> d.code() == DiagnosticCode.SpecNoEndpoint
                || d.code() == DiagnosticCode.SpecBadEndpointLine || d.code() == DiagnosticCode.SpecSpecReference);
    }

    /** The dialect a page is written in, from its content only. */
    public static Dialect detect(String text, FrontMatter fm) {
        if (RedoclyReader.looksLike(text)) return Dialect.REDOCLY_MARKDOWN;
        if (fm.get("api") != null || fm.get("openapi") != null || MDX_COMPONENT.matcher(text).find()) return Dialect.MINTLIFY_MDX;
        return Dialect.PLAIN_MARKDOWN;
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
        return failed(name, DiagnosticCode.SpecBinaryInput, new SourceLocation(name, line, col),
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

    private static ApiDocument failed(String name, DiagnosticCode code, SourceLocation at, String message, String hint) {
        DiagnosticSink sink = new DiagnosticSink();
        sink.report(code, at, message, hint);
        return new ApiDocument(name, Dialect.PLAIN_MARKDOWN, null, List.of(), sink.all());
    }
}
