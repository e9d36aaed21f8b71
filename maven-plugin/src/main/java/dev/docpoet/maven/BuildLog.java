package dev.docpoet.maven;

import dev.docpoet.codegen.Suppressions;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import dev.docpoet.spec.SourceLocation;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints doc diagnostics in Maven's log, one line each, as {@code src/main/docs/helpdesk/get-ticket.mdx:11:10: …
 * [Code]} with the path from the project's folder, so that terminals and IDEs link to the place.
 */
final class BuildLog {
    private final Log log;
    private final Path basedir;
    private final Path docsRoot;
    private final Suppressions suppressions;

    BuildLog(Log log, Path basedir, Path docsRoot, Suppressions suppressions) {
        this.log = log;
        this.basedir = basedir.toAbsolutePath().normalize();
        this.docsRoot = docsRoot.toAbsolutePath().normalize();
        this.suppressions = suppressions;
    }

    /** Prints them but for suppressed warnings; returns how many are errors and how many warnings it printed. */
    int[] print(Collection<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics.stream().sorted().filter(x -> !suppressions.hides(x)).toList()) {
            String line = d.code().withId(where(d) + ": " + d.text());
            if (d.severity() == Severity.ERROR) {
                errors++;
                log.error(line);
            } else if (d.severity() == Severity.WARNING) {
                warnings++;
                log.warn(line);
            } else if (log.isDebugEnabled()) {
                log.debug(line);
            }
        }
        return new int[] {errors, warnings};
    }

    private String where(Diagnostic d) {
        if (!(d.location() instanceof SourceLocation s)) return d.location().toString();
        Path file = docsRoot.resolve(s.file()).normalize();
        String shown = file.startsWith(basedir) ? basedir.relativize(file).toString() : file.toString();
        return shown.replace('\\', '/') + ":" + s.line() + ":" + s.column();
    }
}
