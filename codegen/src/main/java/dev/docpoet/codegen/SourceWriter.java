package dev.docpoet.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes generated sources into a source folder the way a build wants them: a file whose content is unchanged is not
 * touched (so nothing recompiles for nothing), changed files are all written beside their targets first and only then
 * moved in, and a failure while moving puts back the files already moved (so a failure leaves the previous outputs
 * as they were, and a kill leaves each file whole, with the previous fingerprint, so that the next run writes again), and the files the previous run wrote that this run
 * no longer produces are deleted, as listed by the previous fingerprint (never any other file).
 */
public final class SourceWriter {
    /** What one write did, each list sorted. */
    public record Report(List<Path> written, List<Path> unchanged, List<Path> deleted) {}

    private SourceWriter() {}

    /**
     * @param fingerprintFile where the fingerprint of this run goes (the previous one is read from there first)
     */
    public static Report write(Path root, List<GeneratedFile> files, Fingerprint fingerprint, Path fingerprintFile) throws IOException {
        Set<Path> targets = new HashSet<>();
        Fingerprint previous = Files.isRegularFile(fingerprintFile) ? Fingerprint.read(Files.readAllBytes(fingerprintFile)) : null;
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        // what each rewritten file held (null: it did not exist), to put back when a later move fails
        Map<Path, byte[]> before = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        Path fingerprintTarget = fingerprintFile.toAbsolutePath();
        try {
            // one file's bytes at a time: a big API's sources are never all held twice
            for (GeneratedFile f : files) {
                Path target = root.resolve(f.outputPath());
                // normalized as the previous outputs are below: `-o ./gen` must not delete what it just wrote
                targets.add(target.normalize());
                byte[] bytes = f.source().getBytes(StandardCharsets.UTF_8);
                byte[] old = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
                if (old != null && Arrays.equals(old, bytes)) {
                    unchanged.add(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                temps.add(writeBeside(target, bytes));
                written.add(target);
                before.put(target, old);
            }
            Files.createDirectories(fingerprintTarget.getParent());
            before.put(fingerprintTarget, Files.isRegularFile(fingerprintTarget) ? Files.readAllBytes(fingerprintTarget) : null);
            temps.add(writeBeside(fingerprintTarget, fingerprint.toJson()));
            List<Path> moves = new ArrayList<>(written);
            moves.add(fingerprintTarget);
            try {
                for (int i = 0; i < moves.size(); i++) {
                    move(temps.get(i), moves.get(i));
                    moved.add(moves.get(i));
                }
            } catch (IOException | RuntimeException failure) {
                rollBack(moved, before, failure);
                throw failure;
            }
        } finally {
            for (Path t : temps) Files.deleteIfExists(t);
        }
        List<Path> deleted = new ArrayList<>();
        if (previous != null) {
            for (String old : previous.outputs()) {
                Path p = root.resolve(old).normalize();
                if (p.startsWith(root.normalize()) && !targets.contains(p) && Files.deleteIfExists(p)) deleted.add(p);
            }
        }
        return new Report(written.stream().sorted().toList(), unchanged.stream().sorted().toList(), deleted.stream().sorted().toList());
    }

    /**
     * Puts back what the files moved in so far held, so that a failure halfway leaves the previous outputs byte for
     * byte; a file that could not be put back is named in the failure, never skipped in silence.
     */
    private static void rollBack(List<Path> moved, Map<Path, byte[]> before, Exception failure) {
        for (Path p : moved) {
            try {
                byte[] old = before.get(p);
                if (old == null) Files.deleteIfExists(p);
                else writeAtomically(p, old);
            } catch (IOException e) {
                failure.addSuppressed(new IOException("could not put back " + p + ": " + e.getMessage(), e));
            }
        }
    }

    /**
     * Writes one file the same way: beside its target, then moved over it in one step, so that a reader never sees half
     * of it and a failure leaves the old one. The file gets the permissions of any new file (the user's umask).
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = writeBeside(abs, bytes);
        try {
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new file beside {@code target} holding {@code bytes}; not Files.createTempFile, whose files only the owner may read. */
    private static Path writeBeside(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        return tmp;
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
