package dev.docpoet.maven;

import dev.docpoet.codegen.Fingerprint;
import dev.docpoet.codegen.Suppressions;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSource;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Makes {@code mvn compile} notice doc edits on the processor path. maven-compiler-plugin compares Java sources with
 * their classes and never sees a doc; this goal reads the fingerprint the processor wrote for each {@code @ApiDocs}
 * interface, compares it with the docs as they are now (an edited, new or deleted page in a requested folder counts),
 * and for each interface whose docs changed deletes its class and its generated sources and classes, so that the
 * compiler compiles it again and the processor regenerates exactly what the docs now say. A no-op build deletes
 * nothing. A changed doc with an error fails the build here, with its place, before anything is deleted.
 */
@Mojo(name = "refresh", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class RefreshMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where the processor writes its sources and fingerprints (maven-compiler-plugin's default). */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations")
    File generatedSourcesDirectory;

    @Parameter(defaultValue = "${project.build.outputDirectory}")
    File classesDirectory;

    @Parameter(property = "docpoet.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("docpoet: skipped");
            return;
        }
        Path gen = generatedSourcesDirectory.toPath();
        if (!Files.isDirectory(gen)) return;
        List<Path> fingerprints = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(gen, "*.docpoet-fingerprint.json")) {
            ds.forEach(fingerprints::add);
        } catch (IOException e) {
            throw new MojoExecutionException("docpoet: cannot list " + gen + ": " + e.getMessage(), e);
        }
        fingerprints.sort(null);
        int fresh = 0;
        for (Path file : fingerprints) {
            String owner = file.getFileName().toString().replace(".docpoet-fingerprint.json", "");
            try {
                Fingerprint fp = Fingerprint.read(Files.readAllBytes(file));
                Map<Fingerprint.Requested, List<DocSource>> now = fp == null ? null : current(fp);
                String why = stale(fp, now);
                if (why == null) {
                    fresh++;
                    continue;
                }
                if (now != null) failOnErrors(fp, now);
                getLog().info("docpoet: " + why + "; " + owner + " is compiled again");
                invalidate(owner, fp, file);
            } catch (IOException e) {
                throw new MojoExecutionException("docpoet: cannot refresh " + owner + ": " + e.getMessage(), e);
            }
        }
        if (fresh > 0) getLog().debug("docpoet: " + fresh + " @ApiDocs interfaces up to date");
    }

    /**
     * The pages each requested path names now, read once for both the comparison and the error check; null when a path
     * was found in a jar, whose docs cannot change between builds of this project.
     */
    private static Map<Fingerprint.Requested, List<DocSource>> current(Fingerprint fp) throws IOException {
        Map<Fingerprint.Requested, List<DocSource>> out = new java.util.LinkedHashMap<>();
        for (Fingerprint.Requested r : fp.requested()) {
            if (r.root() == null) return null;
            DocSet.Found found = DocSet.read(Path.of(r.root()), r.path());
            if (found.problem() != null) throw new dev.docpoet.parse.UnreadableDocsException(found.problem());
            out.put(r, found.sources());
        }
        return out;
    }

    /** Why the interface must be generated again, or null when its docs and generator are what it was generated from. */
    private static String stale(Fingerprint fp, Map<Fingerprint.Requested, List<DocSource>> pages) {
        if (fp == null) return "a fingerprint of another docpoet version";
        if (!fp.generator().equals(Fingerprint.GENERATOR)) return "generated by " + fp.generator();
        if (pages == null) return null;
        Map<String, String> hashes = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        for (Map.Entry<Fingerprint.Requested, List<DocSource>> e : pages.entrySet()) {
            roots.add(Path.of(e.getKey().root()));
            for (DocSource s : e.getValue()) hashes.put(s.label(), Fingerprint.sha256(s.bytes()));
            // a corrections file applies on top of the pages: a new one is a change too
            dev.docpoet.parse.DocCorrections.files(e.getValue()).forEach((label, bytes) -> hashes.put(label, Fingerprint.sha256(bytes)));
        }
        // with the spec files pages were resolved against: a changed spec regenerates too
        Map<String, String> now = Fingerprint.docsNow(hashes, fp, roots);
        if (now.equals(fp.docs())) return null;
        Set<String> changed = new TreeSet<>();
        for (String label : now.keySet()) {
            if (!now.get(label).equals(fp.docs().get(label))) changed.add(label + (fp.docs().containsKey(label) ? " changed" : " is new"));
        }
        for (String label : fp.docs().keySet()) {
            if (!now.containsKey(label)) changed.add(label + " was deleted");
        }
        return String.join(", ", changed);
    }

    /** Parses the interface's docs as they are now and fails the build on an error, before anything is deleted. */
    private void failOnErrors(Fingerprint fp, Map<Fingerprint.Requested, List<DocSource>> pages) throws MojoFailureException {
        for (Map.Entry<Fingerprint.Requested, List<DocSource>> e : pages.entrySet()) {
            Fingerprint.Requested r = e.getKey();
            ApiModel model = ApiModel.of(DocSetReader.read(e.getValue()).documents());
            int[] found = new BuildLog(getLog(), project.getBasedir().toPath(), Path.of(r.root()), Suppressions.none()).print(
                    model.allDiagnostics().stream().filter(d -> d.severity() == dev.docpoet.spec.Severity.ERROR).toList());
            if (found[0] > 0) {
                throw new MojoFailureException("docpoet: " + found[0] + (found[0] == 1 ? " error" : " errors") + " in the docs of "
                        + fp.owner() + " (above); nothing was regenerated, the previous sources are kept");
            }
        }
    }

    /** Deletes the interface's class and its generated sources and classes, then the fingerprint. */
    private void invalidate(String owner, Fingerprint fp, Path fingerprintFile) throws IOException {
        Path classes = classesDirectory.toPath();
        deleteClass(classes, owner.replace('.', '/'));
        if (fp != null) {
            for (String out : fp.outputs()) {
                Path source = generatedSourcesDirectory.toPath().resolve(out).normalize();
                if (source.startsWith(generatedSourcesDirectory.toPath())) Files.deleteIfExists(source);
                deleteClass(classes, out.replaceAll("\\.java$", ""));
            }
        }
        Files.deleteIfExists(fingerprintFile);
    }

    /** {@code com/acme/Ticket.class} and its nested classes ({@code Ticket$Builder.class}). */
    private static void deleteClass(Path classes, String binaryPath) throws IOException {
        Path file = classes.resolve(binaryPath + ".class").normalize();
        if (!file.startsWith(classes) || !Files.isDirectory(file.getParent())) return;
        Files.deleteIfExists(file);
        String nestedPrefix = file.getFileName().toString().replace(".class", "$");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(file.getParent(), nestedPrefix + "*.class")) {
            for (Path p : ds) Files.deleteIfExists(p);
        }
    }
}
