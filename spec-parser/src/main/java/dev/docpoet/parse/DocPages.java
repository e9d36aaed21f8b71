package dev.docpoet.parse;

import dev.docpoet.parse.internal.openapi.OpenApiReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which files of a doc folder are doc pages, the same for every front end: .md, .mdx, .markdown and .txt. A folder is
 * walked following symbolic links, so that a linked folder of shared pages counts, but never out of the folder: a link
 * that leads outside it, a link loop, an unreadable entry and a special file named like a page are each refused with a
 * {@link UnreadableDocsException} that names the entry and the fix, instead of being skipped in silence.
 */
public final class DocPages {
    public static final List<String> EXTENSIONS = List.of(".md", ".mdx", ".markdown", ".txt");

    private DocPages() {}

    public static boolean isDocPage(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** The doc pages under a folder, recursively, in a stable (sorted) order. */
    public static List<Path> under(Path folder) throws IOException {
        Path inside = folder.toRealPath();
        List<Path> pages = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(folder)) refuseIfOutside(dir, inside);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!isDocPage(file)) return FileVisitResult.CONTINUE;
                if (attrs.isSymbolicLink()) {
                    // the walk could not follow it: it leads nowhere
                    throw new UnreadableDocsException(file + ": a symbolic link to nothing; remove it or point it at a page");
                }
                if (!attrs.isRegularFile()) {
                    // reading a FIFO would wait for ever, a device never end
                    throw new UnreadableDocsException(file + ": not a regular file (a FIFO, socket or device); remove it from the docs folder");
                }
                refuseIfOutside(file, inside);
                pages.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw unreadable(file, e);
            }
        });
        pages.sort(null);
        return pages;
    }

    /**
     * The OpenAPI and Swagger specs under a folder that holds no doc page, recursively, in a stable (sorted) order: such
     * a folder's specs are its docs, rather than nothing at all. A spec is told by its content ({@link
     * OpenApiReader#isSpec}), so a multi-file spec's fragments and a site's {@code docs.json} never count; hidden
     * folders and {@code node_modules} are skipped.
     */
    public static List<Path> specsUnder(Path folder) throws IOException {
        Path inside = folder.toRealPath();
        List<Path> specs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.") || rel.contains("node_modules")) continue;
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) || !Files.isRegularFile(p)) continue;
                if (Files.size(p) > DocParser.MAX_PAGE_BYTES) continue;
                refuseIfOutside(p, inside);
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (CharacterCodingException e) {
                    continue; // not UTF-8 text: no spec of ours
                } catch (IOException e) {
                    throw unreadable(p, e);
                }
                if (OpenApiReader.isSpec(p.getFileName().toString(), text)) specs.add(p);
            }
        } catch (UncheckedIOException e) {
            throw unreadable(folder, e.getCause());
        }
        return specs;
    }

    /** A clear reason for a failed read of one entry of a docs folder, with what to do about it. */
    public static UnreadableDocsException unreadable(Path entry, IOException e) {
        if (e instanceof UnreadableDocsException u) return u;
        if (e instanceof FileSystemLoopException) {
            return new UnreadableDocsException(entry + ": a symbolic link loop (it leads back into a folder it is in); remove the link");
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableDocsException(entry + ": permission denied; let the build read it, or move it out of the docs folder");
        }
        if (e instanceof NoSuchFileException) {
            return new UnreadableDocsException(entry + ": vanished while it was read; run again");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new UnreadableDocsException(entry + ": cannot be read (" + why + "); let the build read it, or move it out of the docs folder");
    }

    private static void refuseIfOutside(Path entry, Path inside) throws IOException {
        if (!entry.toRealPath().startsWith(inside)) {
            throw new UnreadableDocsException(entry + ": a symbolic link that leads out of the docs folder, to " + entry.toRealPath()
                    + "; copy the pages in, or name their folder itself");
        }
    }
}
