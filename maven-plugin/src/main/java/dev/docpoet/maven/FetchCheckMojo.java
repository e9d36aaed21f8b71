package dev.docpoet.maven;

import dev.docpoet.fetch.DocFetch;
import dev.docpoet.fetch.FetchException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn docpoet:fetch-check}, for a CI schedule: fetches every locked set's upstream into a temporary folder,
 * compares it with its {@code docpoet.sources.lock.json} and prints the API diff; a breaking change fails the build,
 * prose edits and additions are listed. The project is not changed. With Maven offline ({@code mvn -o}) it touches no
 * network and proves instead that each set's files are what its lock says and that nothing in them points outside.
 */
@Mojo(name = "fetch-check", threadSafe = true, requiresProject = true)
public class FetchCheckMojo extends FetchingMojo {
    /** Fail the build on a breaking API change upstream; when false, the changes are only listed. */
    @Parameter(property = "docpoet.failOnBreaking", defaultValue = "true")
    boolean failOnBreaking;

    /** Skip the check (a build that must not wait on the network, say). */
    @Parameter(property = "docpoet.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) return;
        List<Path> sets = lockedSets();
        if (sets.isEmpty()) {
            getLog().info("docpoet: no fetched docs under " + docsDirectory + " (no folder with a docpoet.sources.lock.json): nothing to check;"
                    + " fetch some with mvn docpoet:fetch -Ddocpoet.fetch.name=NAME -Ddocpoet.fetch.site=URL");
            return;
        }
        long breaking = 0;
        int problems = 0;
        try {
            if (session.isOffline()) {
                for (Path set : sets) {
                    DocFetch.Offline o = DocFetch.verify(set);
                    print(o.diagnostics(), o.lines());
                    problems += o.problems().size();
                }
                if (problems > 0) throw new MojoFailureException("docpoet: " + problems + " problems in the fetched docs (above)");
                return;
            }
            DocFetch fetch = fetcher();
            for (Path set : sets) {
                DocFetch.Drift d = fetch.check(set);
                print(d.diagnostics(), d.lines());
                breaking += d.breaking();
            }
        } catch (FetchException e) {
            throw new MojoFailureException("docpoet: " + e.getMessage());
        }
        if (breaking > 0 && failOnBreaking) {
            throw new MojoFailureException("docpoet: " + breaking + " breaking API changes upstream (above); take them with mvn docpoet:fetch when"
                    + " your code is ready (or set <failOnBreaking>false</failOnBreaking>)");
        }
    }
}
