package dev.docpoet.maven;

import dev.docpoet.codegen.SourceWriter;
import dev.docpoet.diff.ApiLock;
import dev.docpoet.spec.ApiModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

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
        ApiLock lock = Contracts.of(this, project, docsDirectory, includes, excludes);
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

    /** The contract of a docs folder, failing the build on a doc error. */
    static final class Contracts {
        private Contracts() {}

        static ApiLock of(AbstractMojo mojo, MavenProject project, File docsDirectory, List<String> includes, List<String> excludes)
                throws MojoExecutionException, MojoFailureException {
            if (!docsDirectory.isDirectory()) throw new MojoFailureException("docpoet: no docs folder at " + docsDirectory);
            ApiModel model = DocsFolder.read(docsDirectory.toPath(), includes, excludes).model();
            int[] found = new BuildLog(mojo.getLog(), project.getBasedir().toPath(), docsDirectory.toPath()).print(
                    model.allDiagnostics().stream().filter(d -> d.severity() == dev.docpoet.spec.Severity.ERROR).toList());
            if (found[0] > 0) throw new MojoFailureException("docpoet: " + found[0] + " errors in the docs (above)");
            return ApiLock.of(model);
        }
    }
}
