package dev.docpoet.maven;

import dev.docpoet.fetch.DocFetch;
import dev.docpoet.fetch.FetchException;
import dev.docpoet.fetch.LockedSets;
import dev.docpoet.fetch.PagePatterns;
import dev.docpoet.fetch.SourcesLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn docpoet:fetch}: fetches a vendor's docs into {@code src/main/docs/NAME/} with its
 * {@code docpoet.sources.lock.json} ({@code -Ddocpoet.fetch.name=acme -Ddocpoet.fetch.site=https://docs.acme.dev}), or,
 * with no name, takes upstream into every set that has a lock. Run it by hand and commit the folder: no build phase
 * fetches, and a build reads only the project's copy.
 */
@Mojo(name = "fetch", threadSafe = true, requiresProject = true)
public class FetchMojo extends FetchingMojo {
    /** The set's folder under the docs folder; with none, every set that has a lock is fetched again. */
    @Parameter(property = "docpoet.fetch.name")
    String name;

    /** A docs site: its {@code /llms.txt} lists the pages, each fetched as its URL with {@code .md}. */
    @Parameter(property = "docpoet.fetch.site")
    String site;

    /** Globs on a page's path under the site ({@code api-reference/**}); every page when empty. */
    @Parameter(property = "docpoet.fetch.includes")
    List<String> fetchIncludes = new ArrayList<>();

    /** Globs of the site's pages to leave out. */
    @Parameter(property = "docpoet.fetch.excludes")
    List<String> fetchExcludes = new ArrayList<>();

    /** Page URLs. */
    @Parameter(property = "docpoet.fetch.pages")
    List<String> pages = new ArrayList<>();

    /** OpenAPI file URLs, fetched with the files their relative {@code $ref}s name. */
    @Parameter(property = "docpoet.fetch.specs")
    List<String> specs = new ArrayList<>();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (session.isOffline()) throw new MojoFailureException("docpoet: fetch needs the network, and Maven is offline (-o); run it without -o");
        try {
            PagePatterns.of(fetchIncludes);
            PagePatterns.of(fetchExcludes);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("docpoet: <fetchIncludes>/<fetchExcludes>: " + e.getMessage());
        }
        SourcesLock.Origin origin = new SourcesLock.Origin(blank(site) ? null : site, pages, specs, fetchIncludes, fetchExcludes);
        DocFetch fetch = fetcher();
        try {
            if (!origin.isEmpty()) {
                if (blank(name) || !LockedSets.isName(name)) {
                    throw new MojoFailureException("docpoet: name the folder to fetch into with -Ddocpoet.fetch.name=NAME (letters, digits,"
                            + " '.', '_' and '-'); the docs go to " + docsDirectory + "/NAME");
                }
                print(fetch.fetch(docsDirectory.toPath().resolve(name), name, origin));
                return;
            }
            List<Path> sets = blank(name) ? lockedSets() : List.of(docsDirectory.toPath().resolve(name));
            if (sets.isEmpty()) {
                throw new MojoFailureException("docpoet: no fetched docs under " + docsDirectory + " to fetch again; fetch some first:"
                        + " mvn docpoet:fetch -Ddocpoet.fetch.name=NAME -Ddocpoet.fetch.site=URL");
            }
            for (Path set : sets) print(fetch.update(set));
        } catch (FetchException e) {
            throw new MojoFailureException("docpoet: " + e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
