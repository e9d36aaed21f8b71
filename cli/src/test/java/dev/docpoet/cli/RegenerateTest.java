package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} into a folder it wrote before: unchanged files are not touched, outputs no longer generated are
 * deleted (only those: the fingerprint lists what docpoet wrote), and the fingerprint records docs and outputs.
 */
class RegenerateTest {
    private static void copyDocs(Path to) throws IOException {
        Path from = Path.of(CliRun.resource("docs"));
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
    }

    @Test
    void aSecondRunRewritesNothingAndARemovedDocTakesItsOutputsAlong(@TempDir Path tmp) throws IOException {
        Path docs = tmp.resolve("docs");
        copyDocs(docs);
        Path out = tmp.resolve("out");
        CliRun first = CliRun.of("generate", docs.toString(), "-o", out.toString(), "-p", "com.acme");
        assertEquals(0, first.exit(), first.err());
        Path pet = out.resolve("com/acme/Pet.java");
        Path stores = out.resolve("com/acme/StoreList.java");
        assertTrue(Files.exists(pet) && Files.exists(stores), first.out());
        Files.writeString(out.resolve("com/acme/Mine.java"), "package com.acme; class Mine {}");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(pet, old);

        CliRun again = CliRun.of("generate", docs.toString(), "-o", out.toString(), "-p", "com.acme");
        assertTrue(again.out().contains("(0 written, "), again.out());
        assertEquals(old, Files.getLastModifiedTime(pet), "an unchanged file is not rewritten");

        Files.delete(docs.resolve("nested/stores.txt"));
        CliRun fewer = CliRun.of("generate", docs.toString(), "-o", out.toString(), "-p", "com.acme");
        assertEquals(0, fewer.exit(), fewer.err());
        assertFalse(Files.exists(stores), "outputs of a removed doc are deleted");
        assertTrue(fewer.out().contains("deleted com/acme/StoreList.java"), fewer.out());
        assertTrue(Files.exists(pet));
        assertTrue(Files.exists(out.resolve("com/acme/Mine.java")), "a file docpoet did not write is never deleted");

        JsonNode fp = new ObjectMapper().readTree(out.resolve(".docpoet/com.acme.docpoet-fingerprint.json").toFile());
        assertEquals(1, fp.get("format").asInt());
        assertTrue(fp.at("/docs/docs~1pets.mdx").asText().matches("[0-9a-f]{64}"), fp.toString());
        assertEquals("com/acme/Pet.java", fp.at("/outputs/0").asText());
    }

    @Test
    void openApiAndInspectNameTheJavaTypeOfEachBody() throws IOException {
        CliRun run = CliRun.of("openapi", CliRun.resource("docs"), "-p", "com.acme");
        assertEquals(0, run.exit(), run.err());
        JsonNode api = new ObjectMapper().readTree(run.out());
        assertEquals("com.acme.Pet", api.at("/paths/~1pets~1{petId}/get/responses/200/content/application~1json/x-docpoet-java-type").asText());
        assertEquals("com.acme.StoreList", api.at("/paths/~1stores/get/responses/200/content/application~1json/x-docpoet-java-type").asText());
        CliRun pinned = CliRun.of("inspect", CliRun.resource("docs"), "--type-name", "GET /pets/{id} 200=Animal");
        assertTrue(pinned.out().contains("response 200 (application/json) → Animal"), pinned.out());
    }

    @Test
    void writtenFilesGetTheUsersUsualPermissions(@TempDir Path tmp) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(tmp.resolve("reference.txt"));
        Path spec = tmp.resolve("api.json");
        assertEquals(0, CliRun.of("openapi", CliRun.resource("docs"), "-o", spec.toString()).exit());
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("generate", CliRun.resource("docs"), "-o", out.toString(), "-p", "com.acme").exit());
        var expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(spec), "as any new file, not owner-only");
        assertEquals(expected, Files.getPosixFilePermissions(out.resolve("com/acme/Pet.java")));
    }

    @Test
    void aWriteThatFailsHalfwayLeavesEveryPreviousFileByteForByte(@TempDir Path tmp) throws IOException {
        Path docs = tmp.resolve("docs");
        copyDocs(docs);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("generate", docs.toString(), "-o", out.toString(), "-p", "com.acme").exit());
        java.util.Map<Path, byte[]> before = contents(out);

        Path pets = docs.resolve("pets.mdx");
        Files.writeString(pets, Files.readString(pets).replace("Name of the pet.", "The pet's name, as its owner gave it."));
        Files.writeString(docs.resolve("owners.mdx"), "---\napi: \"GET /owners/{id}\"\n---\n\n"
                + "<ResponseField name=\"name\" type=\"string\" required>\n  Owner name.\n</ResponseField>\n");
        // the fingerprint is moved in last, after every source: a folder in its place fails the write there
        Path fingerprint = out.resolve(".docpoet/com.acme.docpoet-fingerprint.json");
        Files.delete(fingerprint);
        Files.writeString(Files.createDirectories(fingerprint).resolve("keep"), "x");
        before = contents(out);

        CliRun failed = CliRun.of("generate", docs.toString(), "-o", out.toString(), "-p", "com.acme");
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("nothing was changed there"), failed.err());
        java.util.Map<Path, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet(), "no file added, none left behind");
        for (Path p : before.keySet()) assertTrue(java.util.Arrays.equals(before.get(p), after.get(p)), p + " is as it was");

        // the same run with the way cleared writes those files: so the failed one had moved them in, and put them back
        Files.delete(fingerprint.resolve("keep"));
        Files.delete(fingerprint);
        CliRun cleared = CliRun.of("generate", docs.toString(), "-o", out.toString(), "-p", "com.acme");
        assertEquals(0, cleared.exit(), cleared.err());
        assertTrue(cleared.out().contains("(2 written, "), cleared.out());
        assertTrue(Files.readString(out.resolve("com/acme/Pet.java")).contains("as its owner gave it"));
    }

    private static java.util.Map<Path, byte[]> contents(Path root) throws IOException {
        java.util.Map<Path, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p), Files.readAllBytes(p));
        }
        return out;
    }
}
