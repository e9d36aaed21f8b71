package dev.docpoet.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Takes a fetched set into the project's folder all or nothing: every changed file is first written beside its
 * target, then moved in (the one it replaces set aside until all are in), the lock last; a failure puts back what was
 * there. A file whose bytes are unchanged is not touched, and only files the previous lock listed are ever deleted.
 */
final class Installer {
    /** What an install did, by path. */
    record Result(List<String> written, List<String> deleted, int unchanged, boolean lockWritten) {
        boolean nothing() {
            return written.isEmpty() && deleted.isEmpty() && !lockWritten;
        }
    }

    /** Moves a file in; a test gives one that fails, to see what a failed move leaves. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    private Installer() {}

    static Result install(Path folder, Map<String, Staged> files, byte[] lock, @Nullable SourcesLock previous) throws FetchException {
        return install(folder, files, lock, previous, ATOMIC);
    }

    static Result install(Path folder, Map<String, Staged> files, byte[] lock, @Nullable SourcesLock previous, Mover mover)
            throws FetchException {
        Map<Path, byte[]> changes = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        int unchanged = 0;
        try {
            for (Staged s : files.values()) {
                Path target = inside(folder, s.path());
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), s.bytes())) {
                    unchanged++;
                    continue;
                }
                changes.put(target, s.bytes());
                written.add(s.path());
            }
            List<String> deleted = new ArrayList<>();
            if (previous != null) {
                for (SourcesLock.Entry e : previous.files()) {
                    if (!files.containsKey(e.path()) && Files.exists(inside(folder, e.path()))) deleted.add(e.path());
                }
            }
            Path lockFile = folder.resolve(SourcesLock.FILE_NAME);
            boolean lockWritten = !(Files.isRegularFile(lockFile) && Arrays.equals(Files.readAllBytes(lockFile), lock));
            if (lockWritten) changes.put(lockFile, lock);
            List<Path> deletions = new ArrayList<>();
            for (String d : deleted) deletions.add(inside(folder, d));
            apply(changes, deletions, mover);
            return new Result(written, deleted, unchanged, lockWritten);
        } catch (IOException e) {
            throw new FetchException(folder + ": cannot write the fetched docs (" + e.getMessage() + "); nothing was changed");
        }
    }

    /** The file {@code rel} names in the folder; the callers checked it ({@link SiteLayout#safe}), this is the last guard. */
    private static Path inside(Path folder, String rel) throws FetchException {
        Path p;
        try {
            p = folder.resolve(SiteLayout.safe(rel, folder)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new FetchException(folder + ": cannot keep a file as \"" + rel + "\" (" + e.getReason() + "); nothing was changed");
        }
        if (!p.startsWith(folder.normalize())) throw new FetchException(folder + ": \"" + rel + "\" leaves the folder; nothing was changed");
        return p;
    }

    /** Writes every change beside its target, then moves all in; on a failure, puts everything back. */
    private static void apply(Map<Path, byte[]> changes, List<Path> deletions, Mover mover) throws IOException {
        Map<Path, Path> fresh = new LinkedHashMap<>();
        List<Path> createdDirs = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> c : changes.entrySet()) {
                Path dir = c.getKey().getParent();
                if (!Files.isDirectory(dir)) {
                    Path top = dir;
                    while (top.getParent() != null && !Files.exists(top.getParent())) top = top.getParent();
                    Files.createDirectories(dir);
                    createdDirs.add(top);
                }
                Path tmp = c.getKey().resolveSibling("." + c.getKey().getFileName() + "." + UUID.randomUUID() + ".tmp");
                Files.write(tmp, c.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                fresh.put(c.getKey(), tmp);
            }
        } catch (IOException e) {
            for (Path tmp : fresh.values()) Files.deleteIfExists(tmp);
            for (Path d : createdDirs) deleteTree(d);
            throw e;
        }
        Map<Path, Path> aside = new LinkedHashMap<>();
        List<Path> movedIn = new ArrayList<>();
        try {
            for (Path gone : deletions) aside.put(gone, setAside(gone));
            for (Map.Entry<Path, Path> f : fresh.entrySet()) {
                if (Files.exists(f.getKey())) aside.put(f.getKey(), setAside(f.getKey()));
                mover.move(f.getValue(), f.getKey());
                movedIn.add(f.getKey());
            }
        } catch (IOException e) {
            for (Path p : movedIn) Files.deleteIfExists(p);
            for (Map.Entry<Path, Path> a : aside.entrySet()) Files.move(a.getValue(), a.getKey(), StandardCopyOption.ATOMIC_MOVE);
            for (Path tmp : fresh.values()) Files.deleteIfExists(tmp);
            // folders made for new files hold nothing that was there before: the folder is left as it was
            for (Path d : createdDirs) deleteTree(d);
            throw e;
        }
        for (Path a : aside.values()) Files.deleteIfExists(a);
    }

    private static Path setAside(Path p) throws IOException {
        Path bak = p.resolveSibling("." + p.getFileName() + "." + UUID.randomUUID() + ".bak");
        Files.move(p, bak, StandardCopyOption.ATOMIC_MOVE);
        return bak;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
