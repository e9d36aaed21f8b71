package dev.docpoet.cli;

import dev.docpoet.fetch.DocFetch;
import dev.docpoet.fetch.FetchException;
import dev.docpoet.fetch.FetchOptions;
import dev.docpoet.fetch.LockedSets;
import dev.docpoet.fetch.PagePatterns;
import dev.docpoet.fetch.SourcesLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docpoet fetch}: a vendor's docs into {@code src/main/docs/NAME/} with a sources lock, and the checks around
 * it ({@code --check} upstream against the lock, {@code --update}, {@code --offline}). Exit 0 fine; 1 a breaking change
 * upstream, a failed fetch or a copy that is not what its lock says; 2 a usage error. As DESIGN §7 has it, diagnostics
 * (the docs' errors, stale corrections, edited or unlisted files, notes on retries) go to stderr; what was written and
 * the drift, the API diff included, to stdout.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fetch a vendor's docs into DOCS/NAME/ and lock them (docpoet.sources.lock.json), or check upstream against the lock.",
                "  docpoet fetch acme --site https://docs.acme.dev --include 'api-reference/**'",
                "  docpoet fetch acme --spec https://api.acme.dev/openapi.yaml",
                "  docpoet fetch --check            (every locked set; exit 1 on a breaking change)",
                "  docpoet fetch --update acme      (take upstream into the project and the lock)",
                "  docpoet fetch --offline          (no network: prove the copy is what the locks say)"})
final class FetchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "0..*", description = "The set's folder under DOCS; with --check, --update or --offline,"
            + " every set that has a lock when none is named.")
    List<String> names = new ArrayList<>();

    @Option(names = "--site", paramLabel = "URL", description = "A docs site: its /llms.txt lists the pages (each fetched as URL.md).")
    String site;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only the site's pages whose path matches (api-reference/**); repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out the site's pages whose path matches; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--page", paramLabel = "URL", description = "A page (fetched as URL.md unless it ends in .md); repeatable.")
    List<String> pages = new ArrayList<>();

    @Option(names = "--spec", paramLabel = "URL", description = "An OpenAPI file, with the files its relative $refs name; repeatable.")
    List<String> specs = new ArrayList<>();

    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "src/main/docs", description = "The docs folder (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Option(names = "--check", description = "Fetch upstream into a temporary folder and print what changed against the lock; exit 1 on a"
            + " breaking API change, 0 when the API did not change (prose edits are listed).")
    boolean check;

    @Option(names = "--update", description = "Fetch again what the lock names and take it into the project and the lock.")
    boolean update;

    @Option(names = "--offline", description = "Touch no network: check that each set's files are what its lock says and that nothing in"
            + " them points outside.")
    boolean offline;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "For connecting and for each response (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Retries of a failed request, with doubling waits (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", paramLabel = "MILLIS", defaultValue = "500", description = "The wait before the first retry (default: ${DEFAULT-VALUE}).")
    long backoff;

    @Option(names = "--max-page-bytes", paramLabel = "N", description = "The most one file may have (default: 16 MiB).")
    Long maxPageBytes;

    @Option(names = "--max-total-bytes", paramLabel = "N", description = "The most one fetch may download (default: 256 MiB).")
    Long maxTotalBytes;

    @Option(names = "--allow-redirect-host", description = "Follow a redirect to another host (it is said either way).")
    boolean allowRedirectHost;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean origin = site != null || !pages.isEmpty() || !specs.isEmpty();
        if ((check ? 1 : 0) + (update ? 1 : 0) + (offline ? 1 : 0) > 1) throw usage("give one of --check, --update and --offline");
        if (origin && (check || update || offline)) {
            throw usage("--site, --page and --spec say what to fetch the first time; --check, --update and --offline read it from the lock");
        }
        if (site == null && (!includes.isEmpty() || !excludes.isEmpty())) throw usage("--include and --exclude choose pages of a --site");
        try {
            PagePatterns.of(includes);
        } catch (IllegalArgumentException e) {
            throw usage("--include " + e.getMessage());
        }
        try {
            PagePatterns.of(excludes);
        } catch (IllegalArgumentException e) {
            throw usage("--exclude " + e.getMessage());
        }
        if (origin && names.size() != 1) throw usage("name the one folder to fetch into: docpoet fetch NAME --site URL");
        for (String n : names) {
            if (!LockedSets.isName(n)) {
                throw usage("\"" + n + "\" is no folder name: use letters, digits, '.', '_' and '-' (the set goes to " + docs + "/NAME)");
            }
        }
        FetchOptions options;
        try {
            options = FetchOptions.defaults().withTimeout(Duration.ofSeconds(timeout)).withRetries(retries, Duration.ofMillis(backoff))
                    .withCaps(maxPageBytes == null ? FetchOptions.MAX_PAGE_BYTES : maxPageBytes,
                            maxTotalBytes == null ? FetchOptions.MAX_TOTAL_BYTES : maxTotalBytes)
                    .allowingOtherHosts(allowRedirectHost);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        DocFetch fetch = new DocFetch(options, line -> {
            err.println(line);
            err.flush();
        });
        int exit = 0;
        try {
            if (origin) {
                DocFetch.Fetched f = fetch.fetch(docs.resolve(names.get(0)), names.get(0),
                        new SourcesLock.Origin(site, pages, specs, includes, excludes));
                print(err, f.diagnostics());
                print(out, f.lines());
                return 0;
            }
            List<Path> sets = sets();
            for (Path set : sets) {
                if (offline) {
                    DocFetch.Offline o = DocFetch.verify(set);
                    print(err, o.diagnostics());
                    print(out, o.lines());
                    if (!o.ok()) exit = 1;
                } else if (check) {
                    DocFetch.Drift d = fetch.check(set);
                    print(err, d.diagnostics());
                    print(out, d.lines());
                    if (d.breaking() > 0) exit = 1;
                } else {
                    DocFetch.Fetched f = fetch.update(set);
                    print(err, f.diagnostics());
                    print(out, f.lines());
                }
            }
        } catch (FetchException e) {
            err.println("docpoet: " + e.getMessage());
            err.flush();
            return 1;
        }
        return exit;
    }

    /** The sets named, or every folder under DOCS that has a lock. */
    private List<Path> sets() throws IOException {
        if (!names.isEmpty()) {
            List<Path> out = new ArrayList<>();
            for (String n : names) {
                Path set = docs.resolve(n);
                if (!Files.isRegularFile(set.resolve(SourcesLock.FILE_NAME))) {
                    throw usage(set + " has no " + SourcesLock.FILE_NAME + "; fetch it first: docpoet fetch " + n + " --site URL"
                            + " (or --page URL, --spec URL)");
                }
                out.add(set);
            }
            return out;
        }
        List<Path> out = LockedSets.under(docs);
        if (out.isEmpty()) {
            throw usage("no fetched docs under " + docs + " (no folder with a " + SourcesLock.FILE_NAME + "); fetch some first:"
                    + " docpoet fetch NAME --site URL");
        }
        return out;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void print(PrintWriter out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }
}
