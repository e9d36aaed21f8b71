package dev.docpoet.maven;

import dev.docpoet.diff.ApiDiff;
import dev.docpoet.diff.ApiLock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the docs with the committed {@code docpoet.lock.json} and prints the API diff: endpoints, parameters and
 * fields added or removed, type, required and nullable changes, enum values added or removed, each marked breaking or
 * not for a client. A breaking change fails the build unless {@code failOnBreaking} is false. Without a lock (a first
 * build) it says how to write one and passes, unless {@code failWithoutLock} is set.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends DocsFolderMojo {
    @Parameter(property = "docpoet.lockFile", defaultValue = "${project.basedir}/docpoet.lock.json")
    File lockFile;

    @Parameter(property = "docpoet.failOnBreaking", defaultValue = "true")
    boolean failOnBreaking;

    @Parameter(property = "docpoet.skip", defaultValue = "false")
    boolean skip;

    /**
     * Whether a missing lock fails the build. By default a first build passes and says how to write the lock, so
     * that a new project builds before anything was locked; set it in CI once the lock is committed.
     */
    @Parameter(property = "docpoet.failWithoutLock", defaultValue = "false")
    boolean failWithoutLock;

    /** Where a passed check leaves the hash of what it compared, so that the next build with the same docs skips it. */
    @Parameter(defaultValue = "${project.build.directory}/docpoet/check.sha256", readonly = true)
    File passedFile;

    /** The lock, every doc page and the options, hashed together: what a passed check compared. */
    private String comparedHash(DocsFolder docs) throws MojoExecutionException {
        StringBuilder all = new StringBuilder();
        try {
            all.append(dev.docpoet.codegen.Fingerprint.sha256(Files.readAllBytes(lockFile.toPath()))).append('\n');
        } catch (IOException e) {
            throw new MojoExecutionException("docpoet: cannot read " + lockFile + ": " + e.getMessage(), e);
        }
        all.append(includes).append('\n').append(excludes).append('\n').append(dev.docpoet.codegen.CodeGenerator.VERSION).append('\n');
        for (dev.docpoet.parse.DocSource s : docs.pages) {
            all.append(s.label()).append(' ').append(dev.docpoet.codegen.Fingerprint.sha256(s.bytes())).append('\n');
        }
        // the corrections files apply on top of the pages: an edit to one is a change to compare
        try (java.util.stream.Stream<java.nio.file.Path> walk = Files.walk(docsDirectory.toPath())) {
            for (java.nio.file.Path f : walk.filter(p -> p.getFileName().toString().equals(dev.docpoet.parse.DocCorrections.FILE_NAME)).sorted().toList()) {
                all.append(f).append(' ').append(dev.docpoet.codegen.Fingerprint.sha256(Files.readAllBytes(f))).append('\n');
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoExecutionException("docpoet: cannot read the corrections in " + docsDirectory + ": " + e.getMessage(), e);
        }
        return dev.docpoet.codegen.Fingerprint.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) return;
        if (!lockFile.isFile()) {
            String what = "no " + lockFile.getName() + " yet to check the docs against; write it with mvn docpoet:lock and commit it";
            if (failWithoutLock) throw new MojoFailureException("docpoet: " + what + " (<failWithoutLock> is set)");
            getLog().info("docpoet: " + what + "; until then nothing is checked");
            return;
        }
        ApiLock locked;
        try {
            locked = ApiLock.read(Files.readAllBytes(lockFile.toPath()));
        } catch (IOException e) {
            throw new MojoFailureException("docpoet: " + lockFile + ": " + e.getMessage() + "; write it again with mvn docpoet:lock");
        }
        DocsFolder docs = docs();
        String compared = comparedHash(docs);
        try {
            if (passedFile.isFile() && Files.readString(passedFile.toPath()).equals(compared)) {
                getLog().info("docpoet: the docs match " + lockFile.getName() + " (neither changed since the last check)");
                return;
            }
        } catch (IOException e) {
            getLog().debug("docpoet: " + passedFile + " unreadable; checking again");
        }
        ApiLock now = contract(docs);
        List<ApiDiff.Change> changes = ApiDiff.between(locked, now);
        if (changes.isEmpty()) {
            getLog().info("docpoet: the docs match " + lockFile.getName());
            try {
                dev.docpoet.codegen.SourceWriter.writeAtomically(passedFile.toPath(), compared.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                getLog().debug("docpoet: cannot remember the check in " + passedFile + ": " + e.getMessage());
            }
            return;
        }
        try {
            Files.deleteIfExists(passedFile.toPath());
        } catch (IOException e) {
            getLog().debug("docpoet: cannot delete " + passedFile + ": " + e.getMessage());
        }
        long breaking = changes.stream().filter(ApiDiff.Change::breaking).count();
        getLog().info("docpoet: the API changed since " + lockFile.getName() + ":");
        for (ApiDiff.Change c : changes) {
            if (c.breaking()) getLog().warn("  " + c);
            else getLog().info("  " + c);
        }
        String summary = changes.size() + " API changes, " + breaking + " breaking for a client";
        if (breaking > 0 && failOnBreaking) {
            throw new MojoFailureException("docpoet: " + summary + "; if they are intended, record them with mvn docpoet:lock"
                    + " (or set <failOnBreaking>false</failOnBreaking>)");
        }
        getLog().info("docpoet: " + summary + "; record them with mvn docpoet:lock");
    }
}
