package dev.docpoet.fetch;

import dev.docpoet.diff.ApiDiff;
import dev.docpoet.parse.DocCorrections;
import dev.docpoet.parse.DocPages;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fetch loop every front end runs: {@link #fetch} a set once (or again, {@link #update}), {@link #check} upstream
 * against the lock without touching the project, and {@link #verify} offline that the project's copy is what the lock
 * says and needs nothing from outside. Every fetch goes into memory and a temporary folder first; the project changes
 * only when all of it arrived.
 */
public final class DocFetch {
    private final FetchOptions options;
    private final Consumer<String> notes;

    /** @param notes where retries, allowed redirects and skipped links are said, one line each */
    public DocFetch(FetchOptions options, Consumer<String> notes) {
        this.options = options;
        this.notes = notes;
    }

    /**
     * What a fetch did to the project.
     *
     * @param changes the API changes from the project's previous copy (none on a first fetch)
     * @param errors the fetched docs' errors, read with the project's corrections: generation stops on them until they are
     *     corrected
     * @param staleCorrections the corrections that match nothing in the fetched docs, or that the docs now agree with
     */
    public record Fetched(Path folder, List<String> written, List<String> deleted, int unchanged, boolean lockWritten,
            List<ApiDiff.Change> changes, List<Diagnostic> errors, List<Diagnostic> staleCorrections) {
        /** The docs' errors and the stale corrections, one diagnostic a line (stderr, as every command prints them). */
        public List<String> diagnostics() {
            List<String> out = new ArrayList<>();
            for (Diagnostic d : errors) out.add(folder + "/" + d.format());
            for (Diagnostic d : staleCorrections) out.add(folder + "/" + d.format());
            if (!errors.isEmpty()) {
                out.add(errors.size() + " errors in the fetched docs (above): a build stops on them; correct them in " + DocCorrections.FILE_NAME
                        + " beside the lock, or exclude those pages");
            }
            return out;
        }

        /** What the fetch did: each file written or deleted, the API changes, and a summary line (stdout). */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (String w : written) out.add("wrote " + w);
            for (String d : deleted) out.add("deleted " + d + " (gone upstream)");
            for (ApiDiff.Change c : changes) out.add(c.toString());
            if (written.isEmpty() && deleted.isEmpty() && !lockWritten) {
                out.add(folder + ": up to date (" + unchanged + " files unchanged, nothing written)");
            } else {
                out.add(folder + ": " + written.size() + " written, " + deleted.size() + " deleted, " + unchanged + " unchanged"
                        + (lockWritten ? "; " + SourcesLock.FILE_NAME + " updated" : "") + "; commit the folder");
            }
            return out;
        }
    }

    /**
     * Upstream compared with the lock.
     *
     * @param changedFiles files whose text changed upstream (prose only when {@code apiChanged} is false)
     * @param edited files of the project's copy that are not what the lock says (edited by hand, or missing)
     */
    public record Drift(Path folder, List<String> added, List<String> removed, List<String> changedFiles, List<String> edited,
            boolean apiChanged, List<ApiDiff.Change> changes) {
        /** How many of the API changes break a client: a check fails on any. */
        public long breaking() {
            return changes.stream().filter(ApiDiff.Change::breaking).count();
        }

        /** The project's files that are not what the lock says, one warning a line (stderr). */
        public List<String> diagnostics() {
            return edited.stream().map(e -> "warning: " + e).toList();
        }

        /** The drift: files new, gone and changed upstream, the API diff, and a summary line (stdout). */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (String a : added) out.add("new upstream: " + a);
            for (String r : removed) out.add("gone upstream: " + r);
            for (String c : changedFiles) out.add("changed upstream: " + c + (apiChanged ? "" : " (prose only)"));
            for (ApiDiff.Change c : changes) out.add(c.toString());
            if (!apiChanged || changes.isEmpty()) {
                out.add(folder + ": no API changes upstream" + (added.size() + removed.size() + changedFiles.size() == 0 ? ""
                        : "; " + (added.size() + removed.size() + changedFiles.size()) + " files differ (run fetch --update to take them)"));
            } else {
                out.add(folder + ": " + changes.size() + " API changes upstream, " + breaking() + " breaking for a client; take them with"
                        + " fetch --update (mvn docpoet:fetch) when ready");
            }
            return out;
        }
    }

    /**
     * An offline check of the project's copy.
     *
     * @param problems each file that is not what the lock says, not in it, or points outside, one line naming it
     */
    public record Offline(Path folder, int files, List<String> problems) {
        /** Whether the copy is what the lock says and needs nothing from outside. */
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The problems, one a line (stderr). */
        public List<String> diagnostics() {
            return problems;
        }

        /** The outcome, one line (stdout). */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(ok() ? folder + ": " + files + " files as " + SourcesLock.FILE_NAME + " says; a build needs nothing from outside"
                    : folder + ": " + problems.size() + " problems (above); fetch again with --update, or restore the folder from version control");
            return out;
        }
    }

    /** Fetches a set into {@code folder} (replacing what its lock fetched, if it has one) and writes its lock. */
    public Fetched fetch(Path folder, String name, SourcesLock.Origin origin) throws FetchException {
        return run(folder, name, origin, SourcesLock.in(folder));
    }

    /** Fetches again what the lock in {@code folder} says, and takes it into the project. */
    public Fetched update(Path folder) throws FetchException {
        SourcesLock lock = required(folder);
        return run(folder, lock.name(), lock.origin(), lock);
    }

    private Fetched run(Path folder, String name, SourcesLock.Origin origin, @Nullable SourcesLock previous) throws FetchException {
        Map<String, Staged> files = new SetFetcher(new Downloader(options, notes), notes, previous, previous == null ? null : folder).fetch(origin);
        Path tmp = tempFolder();
        try {
            write(tmp, files);
            List<String> specs = files.values().stream().filter(Staged::entrySpec).map(Staged::path).toList();
            Contracts upstream = Contracts.of(tmp, specs);
            // the docs' errors and the stale corrections are what a build will say: read with the project's corrections
            Contracts corrected = copyCorrections(folder, tmp) ? Contracts.of(tmp, specs) : upstream;
            SourcesLock lock = new SourcesLock(name, origin, upstream.hash(), files.values().stream().map(Staged::entry).toList());
            List<ApiDiff.Change> changes = List.of();
            if (previous != null && Files.isDirectory(folder)) changes = diff(folder, previous, tmp, specs);
            Installer.Result r = Installer.install(folder, files, lock.toJson(), previous);
            List<Diagnostic> stale = corrected.warnings().stream().filter(d -> d.code() == ParserCode.SpecCorrectionUnused
                    || d.code() == ParserCode.SpecCorrectionRedundant).toList();
            return new Fetched(folder, r.written(), r.deleted(), r.unchanged(), r.lockWritten(), changes, corrected.errors(), stale);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Fetches upstream into a temporary folder and compares it with the lock; the project is not touched. */
    public Drift check(Path folder) throws FetchException {
        SourcesLock lock = required(folder);
        List<String> edited = edited(folder, lock);
        Map<String, Staged> files = new SetFetcher(new Downloader(options, notes), notes, lock, folder).fetch(lock.origin());
        Path tmp = tempFolder();
        try {
            write(tmp, files);
            List<String> specs = files.values().stream().filter(Staged::entrySpec).map(Staged::path).toList();
            Contracts upstream = Contracts.of(tmp, specs);
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (Staged s : files.values()) {
                SourcesLock.Entry before = lock.entry(s.path());
                if (before == null) added.add(s.path());
                else if (!before.sha256().equals(s.sha256())) changed.add(s.path());
            }
            List<String> removed = lock.files().stream().map(SourcesLock.Entry::path).filter(p -> !files.containsKey(p)).toList();
            boolean apiChanged = !upstream.hash().equals(lock.apiHash());
            List<ApiDiff.Change> changes = apiChanged || !edited.isEmpty() ? diff(folder, lock, tmp, specs) : List.of();
            return new Drift(folder, added, removed, changed, edited, apiChanged || !changes.isEmpty(), changes);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Proves, without any connection, that the project's copy is what the lock says: every file there with its hash,
     * the API it gives the one the lock hashed, and nothing in it pointing outside (a stub page whose spec is missing,
     * a remote {@code $ref}).
     */
    public static Offline verify(Path folder) throws FetchException {
        SourcesLock lock = required(folder);
        List<String> problems = new ArrayList<>(edited(folder, lock));
        problems.addAll(unlisted(folder, lock));
        if (problems.isEmpty()) {
            Path tmp = tempFolder();
            try {
                for (SourcesLock.Entry e : lock.files()) {
                    Path to = tmp.resolve(e.path());
                    Files.createDirectories(to.getParent());
                    Files.copy(folder.resolve(e.path()), to);
                }
                Contracts c = Contracts.of(tmp, entrySpecs(lock));
                if (!c.hash().equals(lock.apiHash())) {
                    problems.add(folder.resolve(SourcesLock.FILE_NAME) + ": its apiHash is not the API the files give (written by another"
                            + " docpoet version?); run fetch --update");
                }
            } catch (IOException e) {
                throw new FetchException(folder + ": cannot copy it to check it (" + e.getMessage() + ")");
            } finally {
                deleteQuietly(tmp);
            }
            for (Diagnostic d : Contracts.of(folder, entrySpecs(lock)).warningsAndErrors()) {
                if (d.code() == ParserCode.SpecStubUnresolved || d.code() == ParserCode.SpecOpenApiRefRefused) {
                    problems.add(d.format() + " (the build would need it from outside)");
                }
            }
        }
        return new Offline(folder, lock.files().size(), problems);
    }

    /** The lock's files that are specs the user named, both sides' URLs normalised as the fetch wrote them. */
    private static List<String> entrySpecs(SourcesLock lock) throws FetchException {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String s : lock.origin().specs()) named.add(Downloader.checked(s).normalize().toString());
        return lock.files().stream().filter(e -> named.contains(normalized(e.url()))).map(SourcesLock.Entry::path).toList();
    }

    private static String normalized(String url) {
        try {
            return java.net.URI.create(url).normalize().toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The pages and specs in the folder that the lock does not name: a build reads them, so they are not proven. */
    private static List<String> unlisted(Path folder, SourcesLock lock) throws FetchException {
        java.util.Set<Path> read = new java.util.TreeSet<>();
        try {
            read.addAll(DocPages.under(folder));
            read.addAll(DocPages.specsUnder(folder));
        } catch (IOException e) {
            throw new FetchException(folder + ": cannot list it (" + e.getMessage() + ")");
        }
        List<String> out = new ArrayList<>();
        for (Path f : read) {
            String rel = folder.relativize(f).toString().replace('\\', '/');
            if (rel.equals(SourcesLock.FILE_NAME) || rel.equals(DocCorrections.FILE_NAME) || lock.entry(rel) != null) continue;
            out.add(f + ": not in " + SourcesLock.FILE_NAME + ", yet a build reads it; delete it, or fetch it (with a --page, --spec or"
                    + " include pattern) and run fetch --update");
        }
        return out;
    }

    /** The files of the copy that are not what the lock says. */
    private static List<String> edited(Path folder, SourcesLock lock) throws FetchException {
        List<String> out = new ArrayList<>();
        for (SourcesLock.Entry e : lock.files()) {
            Path f = folder.resolve(e.path());
            try {
                if (!Files.isRegularFile(f)) out.add(f + ": missing, though " + SourcesLock.FILE_NAME + " lists it");
                else if (!PageText.hash(e.path(), Files.readAllBytes(f)).equals(e.sha256())) {
                    out.add(f + ": not what " + SourcesLock.FILE_NAME + " says (edited by hand?); put corrections in " + DocCorrections.FILE_NAME
                            + " instead, and fetch --update");
                }
            } catch (IOException ex) {
                throw new FetchException(f + ": cannot read it (" + ex.getMessage() + ")");
            }
        }
        return out;
    }

    /**
     * Puts the project's corrections file (if the set has one) into the temporary folder, so that upstream is read as
     * a build will read it; the lock's {@code apiHash} is taken before, of the fetched files alone.
     *
     * @return whether there was one
     */
    private static boolean copyCorrections(Path folder, Path tmp) throws FetchException {
        Path corrections = folder.resolve(DocCorrections.FILE_NAME);
        try {
            if (!Files.isRegularFile(corrections)) return false;
            Files.copy(corrections, tmp.resolve(DocCorrections.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new FetchException(corrections + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** The API changes from the project's copy to upstream, both read with the project's corrections. */
    private static List<ApiDiff.Change> diff(Path folder, SourcesLock previous, Path upstream, List<String> upstreamSpecs) throws FetchException {
        copyCorrections(folder, upstream);
        Contracts before = Contracts.of(folder, entrySpecs(previous));
        Contracts after = Contracts.of(upstream, upstreamSpecs);
        return ApiDiff.between(before.lock(), after.lock());
    }

    private static SourcesLock required(Path folder) throws FetchException {
        SourcesLock lock = SourcesLock.in(folder);
        if (lock == null) {
            throw new FetchException(folder + ": no " + SourcesLock.FILE_NAME + " there; fetch the docs first (docpoet fetch NAME --site URL,"
                    + " or mvn docpoet:fetch -Ddocpoet.fetch.name=NAME -Ddocpoet.fetch.site=URL)");
        }
        return lock;
    }

    private static void write(Path tmp, Map<String, Staged> files) throws FetchException {
        try {
            for (Staged s : files.values()) {
                Path f = tmp.resolve(s.path());
                Files.createDirectories(f.getParent());
                Files.write(f, s.bytes());
            }
        } catch (IOException e) {
            throw new FetchException(tmp + ": cannot write the fetched docs there (" + e.getMessage() + ")");
        }
    }

    private static Path tempFolder() throws FetchException {
        try {
            return Files.createTempDirectory("docpoet-fetch");
        } catch (IOException e) {
            throw new FetchException("cannot make a temporary folder (" + e.getMessage() + "); set -Djava.io.tmpdir to a writable folder");
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Installer.deleteTree(tmp);
        } catch (IOException e) {
            // a temporary folder left behind changes nothing in the project
        }
    }
}
