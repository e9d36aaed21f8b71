package dev.docpoet.client;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to send: the value of a file field of a {@code multipart/form-data} body, or a whole binary request body
 * ({@code application/octet-stream}, {@code image/png}, …). Its content comes from a {@link Path} (read when the
 * request is sent, never held whole), a {@code byte[]}, or an {@link InputStream}; each has a file name and a content
 * type, which a multipart part carries in its {@code Content-Disposition} and {@code Content-Type}.
 *
 * <p>A path or bytes can be sent again, so a call with them is retried as any other. An input stream can be read only
 * once: a call that sends one is never retried; close it once the call has returned.
 */
public final class Upload {
    private enum Source { PATH, BYTES, STREAM }

    private final Source source;
    private final Object content;
    private final String filename;
    private final String contentType;
    private final AtomicBoolean taken;

    private Upload(Source source, Object content, String filename, String contentType, AtomicBoolean taken) {
        this.source = source;
        this.content = content;
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Headers.checked("Content-Type", Objects.requireNonNull(contentType, "contentType"));
        this.taken = taken;
    }

    /**
     * The file at {@code path}, named after it, its content type guessed from its name by the JDK's table
     * ({@code cat.png} → {@code image/png}; {@code application/octet-stream} when the name says nothing).
     *
     * @throws UncheckedIOException when there is no readable file there, now rather than when sending
     */
    public static Upload of(Path path) {
        String name = path.getFileName() == null ? "file" : path.getFileName().toString();
        String guessed = URLConnection.guessContentTypeFromName(name);
        return of(path, guessed == null ? "application/octet-stream" : guessed);
    }

    /** The file at {@code path}, named after it, as {@code contentType}. */
    public static Upload of(Path path, String contentType) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UncheckedIOException(new FileNotFoundException("no readable file at " + path));
        }
        String name = path.getFileName() == null ? "file" : path.getFileName().toString();
        return new Upload(Source.PATH, path, name, contentType, new AtomicBoolean());
    }

    /** These bytes (not copied: do not change them until the call returns), as a file named {@code filename}. */
    public static Upload of(byte[] bytes, String filename, String contentType) {
        return new Upload(Source.BYTES, Objects.requireNonNull(bytes, "bytes"), filename, contentType, new AtomicBoolean());
    }

    /**
     * What {@code in} holds, read once when the request is sent, as a file named {@code filename}; the caller closes it
     * once the call has returned. The length is not known beforehand, so the body goes out chunked.
     */
    public static Upload of(InputStream in, String filename, String contentType) {
        return new Upload(Source.STREAM, Objects.requireNonNull(in, "in"), filename, contentType, new AtomicBoolean());
    }

    /** This content under another file name. */
    public Upload filename(String name) {
        return new Upload(source, content, name, contentType, taken);
    }

    /** This content as another content type. */
    public Upload contentType(String type) {
        return new Upload(source, content, filename, type, taken);
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether the content can be sent more than once: a path or bytes, not an input stream. */
    public boolean repeatable() {
        return source != Source.STREAM;
    }

    /** The content's length where it is known before sending. */
    OptionalLong length() {
        try {
            return switch (source) {
                case PATH -> OptionalLong.of(Files.size((Path) content));
                case BYTES -> OptionalLong.of(((byte[]) content).length);
                case STREAM -> OptionalLong.empty();
            };
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content as the JDK sends it. */
    HttpRequest.BodyPublisher publisher() {
        return switch (source) {
            case PATH -> {
                try {
                    yield HttpRequest.BodyPublishers.ofFile((Path) content);
                } catch (FileNotFoundException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case BYTES -> HttpRequest.BodyPublishers.ofByteArray((byte[]) content);
            case STREAM -> HttpRequest.BodyPublishers.ofInputStream(() -> {
                if (taken.getAndSet(true)) {
                    throw new IllegalStateException("the input stream of upload `" + Printable.oneLine(filename, 100)
                            + "` was already sent: an input stream can be sent once");
                }
                return (InputStream) content;
            });
        };
    }

    @Override
    public String toString() {
        return "Upload[" + Printable.oneLine(filename, 100) + ", " + contentType + ", from " + source.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
