package dev.docpoet.maven;

import dev.docpoet.codegen.Fingerprint;
import dev.docpoet.codegen.GeneratedFile;
import dev.docpoet.codegen.Generation;
import dev.docpoet.codegen.SourceWriter;
import dev.docpoet.codegen.TypeNamePin;
import dev.docpoet.parse.DocSource;
import dev.docpoet.spec.JavaLocation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates records, enums, validators and, if asked, a client from a docs folder into
 * {@code target/generated-sources/docpoet}, and adds that folder to the compile sources: for projects without an
 * {@code @ApiDocs} interface. Up to date: when no doc and no option changed it writes nothing; an edited doc rewrites
 * only the files whose content changed; a deleted doc's files are deleted; a doc with an error fails the build with
 * its place and leaves the previous sources as they were.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends DocsFolderMojo {

    /** Where the sources go; added to the compile source roots. */
    @Parameter(property = "docpoet.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/docpoet")
    File outputDirectory;

    /** The package of the generated types. */
    @Parameter(property = "docpoet.packageName", required = true)
    String packageName;

    /**
     * Also generate {@code NAMEClient}, the {@code NAMEEndpoints} it implements, its resource groups and parameters
     * classes (needs docpoet-client at compile time).
     */
    @Parameter(property = "docpoet.client")
    String client;

    /** Whether top-level records get {@code validate()} (the records' own checks stay). */
    @Parameter(property = "docpoet.validators", defaultValue = "true")
    boolean validators;

    /** Pinned type names, as {@code GET /fetch/{ns} 200=Vector}. */
    @Parameter
    List<String> typeNames = new ArrayList<>();

    /** Fail on warnings too (lint, and inferences that choose a type), but for those {@code <suppress>} names. */
    @Parameter(property = "docpoet.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    @Parameter(property = "docpoet.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docpoet: skipped");
            return;
        }
        if (!SourceVersion.isName(packageName)) {
            throw new MojoFailureException("docpoet: <packageName>" + packageName + "</packageName> is not a Java package name");
        }
        if (client != null && (!SourceVersion.isIdentifier(client) || SourceVersion.isKeyword(client) || client.contains("$"))) {
            throw new MojoFailureException("docpoet: <client>" + client + "</client> is not a Java type name, such as Helpdesk");
        }
        Path out = outputDirectory.toPath();
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        DocsFolder docs = docs();
        List<TypeNamePin> pins = new ArrayList<>();
        for (String t : typeNames) pins.add(TypeNamePin.parse(t, new JavaLocation("<typeName>" + t + "</typeName>", t)));
        Generation.Settings settings = new Generation.Settings(packageName, pins, client, client != null, validators);
        Path fingerprintFile = out.resolve(".docpoet").resolve(Fingerprint.fileName(packageName));
        Fingerprint previous = null;
        try {
            previous = Files.isRegularFile(fingerprintFile) ? Fingerprint.read(Files.readAllBytes(fingerprintFile)) : null;
        } catch (IOException e) {
            // unreadable: generated again
        }
        Map<String, String> pageHashes = new TreeMap<>();
        for (DocSource s : docs.pages) pageHashes.put(s.label(), Fingerprint.sha256(s.bytes()));
        // a corrections file applies on top of the pages: a new one is a change too
        dev.docpoet.parse.DocCorrections.files(docs.pages).forEach((label, bytes) -> pageHashes.put(label, Fingerprint.sha256(bytes)));
        // the spec files the last run resolved pages against count as docs too
        Map<String, String> now = Fingerprint.docsNow(pageHashes, previous, List.of(docsDirectory.toPath().toAbsolutePath()));
        if (upToDate(previous, out, settings.fingerprintOptions(), now)) {
            getLog().info("docpoet: " + docs.pages.size() + " doc pages unchanged; sources in " + project.getBasedir().toPath()
                    .relativize(out.toAbsolutePath()) + " are up to date");
            return;
        }

        // the whole folder, as @ApiDocs(".") requests it with the folder as its docs folder
        List<Fingerprint.Requested> requested = List.of(new Fingerprint.Requested(".", docsDirectory.toPath().toAbsolutePath().normalize()
                .toString(), true));
        Set<String> taken = client == null ? Set.of() : Set.of(client);
        Generation.Outcome outcome = Generation.run(new Generation.Request(docs.pages, DocSource::label, settings, taken, settings.owner(),
                requested, null));
        int[] found = buildLog().print(outcome.diagnostics());
        if (found[0] > 0) throw failure(found[0]);
        if (failOnWarnings && found[1] > 0) {
            throw new MojoFailureException("docpoet: " + found[1] + " warnings (above), and <failOnWarnings> is set;"
                    + " nothing generated, the previous sources are kept");
        }
        List<GeneratedFile> files = outcome.files();
        try {
            SourceWriter.Report report = SourceWriter.write(out, files, outcome.fingerprint(), fingerprintFile);
            getLog().info("docpoet: " + files.size() + " files from " + docs.pages.size() + " doc pages: " + report.written().size()
                    + " written, " + report.unchanged().size() + " unchanged, " + report.deleted().size() + " no longer generated and deleted");
            for (Path p : report.written()) getLog().debug("docpoet: wrote " + p);
            for (Path p : report.deleted()) getLog().info("docpoet: deleted " + out.relativize(p));
        } catch (IOException e) {
            throw new MojoExecutionException("docpoet: cannot write into " + out + ": " + e.getMessage()
                    + " (the previous sources are kept)", e);
        }
    }

    private static MojoFailureException failure(int errors) {
        return new MojoFailureException("docpoet: " + errors + (errors == 1 ? " error" : " errors") + " in the docs (above);"
                + " nothing generated, the previous sources are kept");
    }

    /** Whether the last run read these very docs with these options, and its files are all there. */
    private static boolean upToDate(@org.jspecify.annotations.Nullable Fingerprint previous, Path out, Map<String, String> options,
            Map<String, String> hashes) {
        if (previous == null || !previous.generator().equals(Fingerprint.GENERATOR) || !previous.options().equals(options)
                || !previous.docs().equals(hashes)) {
            return false;
        }
        return previous.outputs().stream().allMatch(o -> Files.isRegularFile(out.resolve(o)));
    }
}
