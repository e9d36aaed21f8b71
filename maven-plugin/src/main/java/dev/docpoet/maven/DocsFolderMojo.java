package dev.docpoet.maven;

import dev.docpoet.codegen.Suppressions;
import dev.docpoet.diff.ApiLock;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Severity;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that reads a docs folder shares: the folder and which of its pages to read, reading them, and
 * their contract.
 */
abstract class DocsFolderMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The docs folder. */
    @Parameter(property = "docpoet.docsDirectory", defaultValue = "${project.basedir}/src/main/docs")
    File docsDirectory;

    /**
     * Globs of the pages to read, relative to the docs folder ({@code helpdesk/**}); all pages when empty. An include
     * that names a .json, .yaml or .yml file reads that OpenAPI or Swagger file too ({@code api/openapi.yaml}).
     */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Globs of pages to leave out. */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /**
     * Warnings not to print (nor count for {@code failOnWarnings}), named as {@code @SuppressWarnings} names them:
     * {@code docpoet} for all, or {@code docpoet:CODE}, such as {@code docpoet:InferDateTime}. Errors always print.
     */
    @Parameter(property = "docpoet.suppress")
    List<String> suppress = new ArrayList<>();

    /** The chosen pages of the docs folder; a build failure when there is no such folder. */
    DocsFolder docs() throws MojoExecutionException, MojoFailureException {
        if (!docsDirectory.isDirectory()) {
            throw new MojoFailureException("docpoet: no docs folder at " + docsDirectory + "; put the doc pages there, or set"
                    + " <docsDirectory>");
        }
        return DocsFolder.read(docsDirectory.toPath(), includes, excludes);
    }

    /** Doc diagnostics in the build log, with paths from the project's folder, but for the warnings {@code <suppress>} names. */
    BuildLog buildLog() throws MojoFailureException {
        Suppressions suppressions;
        try {
            suppressions = Suppressions.of(suppress);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("docpoet: <suppress>: " + e.getMessage());
        }
        return new BuildLog(getLog(), project.getBasedir().toPath(), docsDirectory.toPath(), suppressions);
    }

    /** The contract of {@code docs}, failing the build on a doc error (printed with its place). */
    ApiLock contract(DocsFolder docs) throws MojoFailureException {
        ApiModel model = docs.model();
        int[] found = buildLog().print(model.allDiagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
        if (found[0] > 0) throw new MojoFailureException("docpoet: " + found[0] + " errors in the docs (above)");
        return ApiLock.of(model);
    }
}
