package dev.docpoet.maven;

import dev.docpoet.codegen.SourceWriter;
import dev.docpoet.diff.ApiLock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code docpoet.lock.json}: the API contract the docs describe (endpoints, parameters, fields with type,
 * required, nullable and enum values; no prose), meant to be committed, for {@code docpoet:check} to compare with.
 */
@Mojo(name = "lock", threadSafe = true)
public class LockMojo extends DocsFolderMojo {
    @Parameter(property = "docpoet.lockFile", defaultValue = "${project.basedir}/docpoet.lock.json")
    File lockFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ApiLock lock = contract(docs());
        try {
            byte[] bytes = lock.toJson();
            if (lockFile.isFile() && Arrays.equals(Files.readAllBytes(lockFile.toPath()), bytes)) {
                getLog().info("docpoet: " + lockFile.getName() + " is up to date");
                return;
            }
            SourceWriter.writeAtomically(lockFile.toPath(), bytes);
            getLog().info("docpoet: wrote " + lockFile + "; commit it, and docpoet:check compares the docs with it");
        } catch (IOException e) {
            throw new MojoExecutionException("docpoet: cannot write " + lockFile + ": " + e.getMessage(), e);
        }
    }
}
