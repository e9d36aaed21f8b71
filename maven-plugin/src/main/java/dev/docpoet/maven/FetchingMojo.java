package dev.docpoet.maven;

import dev.docpoet.fetch.DocFetch;
import dev.docpoet.fetch.FetchOptions;
import dev.docpoet.fetch.LockedSets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that fetch docs share: the docs folder, and how they treat the network (the JDK's proxy properties,
 * which Maven's {@code MAVEN_OPTS} or {@code .mvn/jvm.config} set, apply).
 */
abstract class FetchingMojo extends AbstractMojo {
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The docs folder; each fetched set is a folder in it with its {@code docpoet.sources.lock.json}. */
    @Parameter(property = "docpoet.docsDirectory", defaultValue = "${project.basedir}/src/main/docs")
    File docsDirectory;

    /** Seconds for connecting and for each response. */
    @Parameter(property = "docpoet.fetch.timeout", defaultValue = "30")
    int timeout;

    /** Retries of a failed request (a connection error, a timeout, HTTP 429, 500, 502, 503, 504), with doubling waits. */
    @Parameter(property = "docpoet.fetch.retries", defaultValue = "3")
    int retries;

    /** The most one file may have. */
    @Parameter(property = "docpoet.fetch.maxPageBytes", defaultValue = "16777216")
    long maxPageBytes;

    /** The most one fetch may download. */
    @Parameter(property = "docpoet.fetch.maxTotalBytes", defaultValue = "268435456")
    long maxTotalBytes;

    /** Follow a redirect to another host (it is logged either way). */
    @Parameter(property = "docpoet.fetch.allowRedirectHost", defaultValue = "false")
    boolean allowRedirectHost;

    DocFetch fetcher() throws MojoFailureException {
        try {
            return new DocFetch(FetchOptions.defaults().withTimeout(Duration.ofSeconds(timeout)).withRetries(retries, Duration.ofMillis(500))
                    .withCaps(maxPageBytes, maxTotalBytes).allowingOtherHosts(allowRedirectHost), this::note);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("docpoet: " + e.getMessage());
        }
    }

    private void note(String line) {
        if (line.startsWith("warning: ")) getLog().warn("docpoet: " + line.substring("warning: ".length()));
        else getLog().info("docpoet: " + line);
    }

    /** Every folder of the docs folder that has a sources lock, sorted. */
    List<Path> lockedSets() throws MojoFailureException {
        try {
            return LockedSets.under(docsDirectory.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("docpoet: cannot list " + docsDirectory + ": " + e.getMessage());
        }
    }

    void print(DocFetch.Fetched f) {
        print(f.diagnostics(), f.lines());
    }

    /** Diagnostics as warnings (errors among them say so), then the result, breaking changes as warnings too. */
    void print(List<String> diagnostics, List<String> lines) {
        for (String d : diagnostics) getLog().warn("docpoet: " + d.replaceFirst("^warning: ", ""));
        for (String l : lines) {
            if (l.startsWith("warning: ") || l.startsWith("breaking ")) getLog().warn("docpoet: " + l.replaceFirst("^warning: ", ""));
            else getLog().info("docpoet: " + l);
        }
    }
}
