package dev.docpoet.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * One generated source, as text, and what it is, so that a front end can choose, describe or write outputs without
 * reading names. The text is rendered once, as the file is made: a big API never holds all of its JavaPoet trees.
 *
 * @param kind what the file holds
 * @param packageName the package of the file's type
 * @param simpleName the simple name of the file's type
 * @param source the whole source text
 * @param originatingElements the elements the file comes from, for javac's incremental builds (none from the CLI)
 */
public record GeneratedFile(Kind kind, String packageName, String simpleName, String source, List<Element> originatingElements) {
    /** What a generated file holds. */
    public enum Kind {
        /** A record for a documented body, with its nested records, unions, builder and {@code validate()}. */
        MODEL,
        /** An open enum for a field's documented values. */
        ENUM,
        /** The companion interface: the client's resource groups, and the endpoints of none. */
        COMPANION,
        /** The client class, implementing the companion or the user's own interface. */
        CLIENT,
        /** A resource group of the client ({@code client.tickets()}): a method per endpoint of the group. */
        GROUP,
        /** The query, header and cookie parameters of one endpoint, with a builder. */
        PARAMS
    }

    public GeneratedFile {
        originatingElements = List.copyOf(originatingElements);
    }

    /** The file's text, rendered now, with one-line Javadoc and annotations on one line. */
    static GeneratedFile render(Kind kind, JavaFile file) {
        return new GeneratedFile(kind, file.packageName(), file.typeSpec().name(), CompactLayout.compact(file.toString()),
                file.typeSpec().originatingElements());
    }

    /** {@code com.acme.Ticket}. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** The path fingerprints list it under: {@code com/acme/Ticket.java}. */
    public String outputPath() {
        return Fingerprint.outputPath(packageName, simpleName);
    }

    /** Writes the file under a source root, creating its package folders; returns where it went. */
    public Path writeToPath(Path root) throws IOException {
        Path target = root.resolve(outputPath());
        Files.createDirectories(target.getParent());
        // as SourceWriter encodes: a lone surrogate from a broken page becomes '?', never a failure to write
        Files.write(target, source.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** Writes the file through javac's Filer, naming its originating elements; a half-written file is deleted. */
    public void writeTo(Filer filer) throws IOException {
        JavaFileObject file = filer.createSourceFile(qualifiedName(), originatingElements.toArray(new Element[0]));
        try (Writer writer = file.openWriter()) {
            writer.write(source);
        } catch (IOException | RuntimeException e) {
            file.delete();
            throw e;
        }
    }
}
