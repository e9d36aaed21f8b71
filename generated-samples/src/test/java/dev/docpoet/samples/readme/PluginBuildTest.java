package dev.docpoet.samples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.samples.readme.Builds.Run;
import dev.docpoet.samples.readme.Builds.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Maven plugin in real builds of the README's projects, with its pom snippets verbatim, on the machine's Maven
 * (3.8) and on Maven 3.9 from Maven Central: first build, a build with nothing changed (no file rewritten, by content
 * and modification time), an edited, a new, a deleted and a broken doc, on the processor path and the docs-folder
 * path, and the drift check passing and failing, and passing on a first build that has no lock yet.
 */
class PluginBuildTest {
    private static final String TICKET_DOC = "src/main/docs/helpdesk/get-ticket.mdx";
    private static final String AGENTS_DOC = "src/main/docs/helpdesk/list-agents.md";

    @BeforeAll
    static void install() throws Exception {
        Builds.installDocpoet();
    }

    private static Path maven(String which) throws Exception {
        return which.equals("machine") ? Builds.machineMaven() : Builds.maven39();
    }

    private static void docs(Path project) throws Exception {
        Builds.copyTree(Builds.REPO.resolve("generated-samples/src/main/docs/helpdesk"), project.resolve("src/main/docs/helpdesk"));
    }

    private static void edit(Path project, String doc, String from, String to) throws Exception {
        Path p = project.resolve(doc);
        String text = Files.readString(p);
        assertTrue(text.contains(from), doc + " has " + from);
        Files.writeString(p, text.replace(from, to));
    }

    private static void addAdminsPage(Path project) throws Exception {
        Files.writeString(project.resolve("src/main/docs/helpdesk/list-admins.md"), Files.readString(project.resolve(AGENTS_DOC))
                .replace("Endpoint: GET /v1/teams/{teamId}/agents", "Endpoint: GET /v1/teams/{teamId}/admins"));
    }

    private static Run ok(Run r) {
        assertTrue(r.ok(), r.log());
        return r;
    }

    @ParameterizedTest(name = "Maven {0}")
    @ValueSource(strings = {"machine", "3.9"})
    void theProcessorPathRegeneratesExactlyWhenDocsChange(String which, @TempDir Path project) throws Exception {
        Path mvn = maven(which);
        Map<String, String> files = Builds.blocks("readme-project");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = project.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            String text = f.getValue();
            if (f.getKey().equals("pom.xml")) {
                // the README's refresh snippet, verbatim, as the first plugin of the README's project
                text = text.replaceFirst("    <plugins>\n", "    <plugins>\n" + java.util.regex.Matcher.quoteReplacement(
                        Builds.blocks("readme-plugin").get("refresh")));
            }
            Files.writeString(target, text);
        }
        docs(project);
        Path gen = project.resolve("target/generated-sources/annotations");
        Path classes = project.resolve("target/classes");

        ok(Builds.run(mvn, project, "compile"));
        assertTrue(Files.isRegularFile(gen.resolve("com/example/helpdesk/Ticket.java")));

        Snapshot sources = Builds.snapshot(gen);
        Snapshot built = Builds.snapshot(classes);
        Run noop = ok(Builds.run(mvn, project, "compile"));
        assertTrue(noop.log().contains("Nothing to compile"), noop.log());
        assertEquals(sources, Builds.snapshot(gen), "a build with nothing changed rewrites no source");
        assertEquals(built, Builds.snapshot(classes), "nor any class");

        edit(project, TICKET_DOC, "One-line summary.", "One-line summary, as the requester wrote it.");
        Run edited = ok(Builds.run(mvn, project, "compile"));
        assertTrue(edited.log().contains("docpoet: helpdesk/get-ticket.mdx changed; com.example.helpdesk.Helpdesk is compiled again"),
                edited.log());
        assertTrue(Files.readString(gen.resolve("com/example/helpdesk/Ticket.java")).contains("as the requester wrote it"));

        addAdminsPage(project);
        Run added = ok(Builds.run(mvn, project, "compile"));
        assertTrue(added.log().contains("helpdesk/list-admins.md is new"), added.log());
        assertTrue(Files.isRegularFile(gen.resolve("com/example/helpdesk/AdminList.java")));
        assertTrue(Files.isRegularFile(classes.resolve("com/example/helpdesk/AdminList.class")));

        Files.delete(project.resolve("src/main/docs/helpdesk/list-admins.md"));
        ok(Builds.run(mvn, project, "compile"));
        assertFalse(Files.exists(gen.resolve("com/example/helpdesk/AdminList.java")), "a deleted doc's sources go");
        assertFalse(Files.exists(classes.resolve("com/example/helpdesk/AdminList.class")), "and their classes");

        Snapshot before = Builds.snapshot(gen);
        edit(project, TICKET_DOC, "</ResponseField>", "");
        Run broken = Builds.run(mvn, project, "compile");
        assertFalse(broken.ok());
        assertTrue(broken.log().contains("[ERROR] src/main/docs/helpdesk/get-ticket.mdx:19:1: <ResponseField> is never closed"),
                broken.log());
        assertEquals(before.content(), Builds.snapshot(gen).content(), "a broken doc leaves the previous sources as they were");
    }

    @ParameterizedTest(name = "Maven {0}")
    @ValueSource(strings = {"machine", "3.9"})
    void theDocsFolderPathWritesOnlyWhatChangedAndChecksDrift(String which, @TempDir Path project) throws Exception {
        Path mvn = maven(which);
        Files.writeString(project.resolve("pom.xml"), Builds.blocks("readme-plugin").get("docs-folder/pom.xml"));
        docs(project);
        Path gen = project.resolve("target/generated-sources/docpoet");
        Path ticket = gen.resolve("com/example/helpdesk/Ticket.java");

        // a first build, before anything is locked: check says what to run, and passes
        Run unlocked = ok(Builds.run(mvn, project, "compile"));
        assertTrue(unlocked.log().contains("[INFO] docpoet: no docpoet.lock.json yet to check the docs against; write it with mvn docpoet:lock"
                + " and commit it; until then nothing is checked"), unlocked.log());
        Run strictFirst = Builds.run(mvn, project, "validate", "-Ddocpoet.failWithoutLock=true");
        assertFalse(strictFirst.ok(), strictFirst.log());
        assertTrue(strictFirst.log().contains("(<failWithoutLock> is set)"), strictFirst.log());

        Run first = ok(Builds.run(mvn, project, "docpoet:lock", "compile"));
        assertTrue(first.log().contains("docpoet: the docs match docpoet.lock.json"), first.log());
        assertTrue(Files.isRegularFile(gen.resolve("com/example/helpdesk/HelpdeskClient.java")));
        assertTrue(Files.isRegularFile(project.resolve("target/classes/com/example/helpdesk/Ticket.class")));

        Snapshot sources = Builds.snapshot(gen);
        Run noop = ok(Builds.run(mvn, project, "compile"));
        assertTrue(noop.log().contains("docpoet: 3 doc pages unchanged"), noop.log());
        assertTrue(noop.log().contains("Nothing to compile"), noop.log());
        assertEquals(sources, Builds.snapshot(gen), "a build with nothing changed rewrites no file");

        edit(project, TICKET_DOC, "One-line summary.", "One-line summary, as the requester wrote it.");
        // an inference that chooses a type is a warning: <failOnWarnings> fails on it, unless <suppress> names its code
        Run strict = Builds.run(mvn, project, "compile", "-Ddocpoet.failOnWarnings=true");
        assertFalse(strict.ok(), strict.log());
        assertTrue(strict.log().contains("[WARNING] src/main/docs/helpdesk/get-ticket.mdx:67:1: `createdAt` is typed date-time"
                + " (OffsetDateTime): its example \"2025-03-04T08:00:00Z\" is ISO-8601; pin it with type=\"date-time\", or silence it with"
                + " @SuppressWarnings(\"docpoet:InferDateTime\") [InferDateTime]"), strict.log());
        assertTrue(strict.log().contains("warnings (above), and <failOnWarnings> is set"), strict.log());
        assertEquals(sources, Builds.snapshot(gen), "failing on warnings leaves the previous sources as they were");
        Run edited = ok(Builds.run(mvn, project, "compile", "-Ddocpoet.failOnWarnings=true",
                "-Ddocpoet.suppress=docpoet:InferDateTime,docpoet:InferEnumFromProse,docpoet:InferFieldsFromExample"));
        assertFalse(edited.log().contains("[InferDateTime]"), edited.log());
        assertTrue(edited.log().contains("1 written, 16 unchanged"), edited.log());
        Snapshot after = Builds.snapshot(gen);
        for (String f : sources.modified().keySet()) {
            if (f.equals("com/example/helpdesk/Ticket.java") || f.startsWith(".docpoet/")) continue;
            assertEquals(sources.modified().get(f), after.modified().get(f), f + " is not rewritten");
        }
        assertNotEquals(sources.modified().get("com/example/helpdesk/Ticket.java"), after.modified().get("com/example/helpdesk/Ticket.java"));
        assertTrue(Files.readString(ticket).contains("as the requester wrote it"));

        addAdminsPage(project);
        Run added = ok(Builds.run(mvn, project, "compile"));
        assertTrue(added.log().contains("ok        GET /v1/teams/{}/admins: endpoint added"), added.log());
        assertTrue(Files.isRegularFile(gen.resolve("com/example/helpdesk/AdminList.java")));

        Files.delete(project.resolve("src/main/docs/helpdesk/list-admins.md"));
        Run removed = ok(Builds.run(mvn, project, "compile"));
        assertTrue(removed.log().contains("docpoet: deleted com/example/helpdesk/AdminList.java"), removed.log());
        assertFalse(Files.exists(project.resolve("target/classes/com/example/helpdesk/AdminList.class")));

        Snapshot before = Builds.snapshot(gen);
        String good = Files.readString(project.resolve(TICKET_DOC));
        edit(project, TICKET_DOC, "</ResponseField>", "");
        Run broken = Builds.run(mvn, project, "compile");
        assertFalse(broken.ok());
        assertTrue(broken.log().contains("[ERROR] src/main/docs/helpdesk/get-ticket.mdx:19:1: <ResponseField> is never closed"),
                broken.log());
        assertEquals(before, Builds.snapshot(gen), "a broken doc leaves the previous sources as they were, untouched");
        Files.writeString(project.resolve(TICKET_DOC), good);

        Path loop = Files.createSymbolicLink(project.resolve("src/main/docs/helpdesk/again"), Path.of("."));
        Run looped = Builds.run(mvn, project, "compile");
        assertFalse(looped.ok());
        assertTrue(looped.log().contains("docpoet: " + project.toRealPath().resolve("src/main/docs/helpdesk/again")
                + ": a symbolic link loop (it leads back into a folder it is in); remove the link"), looped.log());
        assertEquals(before, Builds.snapshot(gen), "a refused docs folder leaves the previous sources as they were");
        Files.delete(loop);

        edit(project, AGENTS_DOC, "  - `nextCursor` (string,null, required)", "  - `nextCursor` (string,null)");
        Run drift = Builds.run(mvn, project, "compile");
        assertFalse(drift.ok(), drift.log());
        assertTrue(drift.log().contains("[WARNING]   breaking  GET /v1/teams/{}/agents 200 /nextCursor: became optional"), drift.log());
        assertTrue(drift.log().contains("1 API changes, 1 breaking for a client; if they are intended, record them with mvn docpoet:lock"),
                drift.log());
        ok(Builds.run(mvn, project, "docpoet:lock", "compile"));

        Run openapi = ok(Builds.run(mvn, project, "docpoet:openapi"));
        assertTrue(openapi.log().contains("(3 endpoints)"), openapi.log());
        String export = Files.readString(project.resolve("target/docpoet/openapi.json"));
        assertTrue(export.contains("\"openapi\" : \"3.1.0\"") || export.contains("\"openapi\": \"3.1.0\""), export);
        assertTrue(export.contains("/v1/teams/{teamId}/agents"), export);
    }

    /** A spec file in the docs folder, named by an include, on the machine's Maven: generated, and an edit to it noticed. */
    @Test
    void anIncludedSpecFileIsASourceAndItsEditsRegenerate(@TempDir Path project) throws Exception {
        Path mvn = Builds.machineMaven();
        String pom = Builds.blocks("readme-plugin").get("docs-folder/pom.xml")
                .replace("<client>Helpdesk</client>", "<client>Billing</client>\n          <includes><include>billing/openapi.yaml</include></includes>")
                .replace("<goal>check</goal>\n", "");
        Files.writeString(project.resolve("pom.xml"), pom);
        Builds.copyTree(Builds.REPO.resolve("generated-samples/src/main/docs/billing"), project.resolve("src/main/docs/billing"));
        Path gen = project.resolve("target/generated-sources/docpoet/com/example/helpdesk");

        Run first = ok(Builds.run(mvn, project, "compile"));
        assertTrue(Files.isRegularFile(gen.resolve("InvoiceDraft.java")), first.log());
        assertTrue(Files.isRegularFile(gen.resolve("BillingClient.java")), first.log());
        assertTrue(Files.isRegularFile(project.resolve("target/classes/com/example/helpdesk/Invoice.class")));

        Run noop = ok(Builds.run(mvn, project, "compile"));
        assertTrue(noop.log().contains("docpoet: 1 doc pages unchanged"), noop.log());

        edit(project, "src/main/docs/billing/openapi.yaml", "detail: {type: string}", "detail: {type: string}\n        instance: {type: string}");
        Run edited = ok(Builds.run(mvn, project, "compile"));
        assertTrue(edited.log().contains("1 written, "), edited.log());
        assertTrue(Files.readString(gen.resolve("Problem.java")).contains("instance"));
    }

    /** A docs folder that yields nothing, on the machine's Maven: a warning that says why, never a silent build. */
    @Test
    void aDocsFolderThatYieldsNothingIsAWarningThatSaysWhy(@TempDir Path project) throws Exception {
        Path mvn = Builds.machineMaven();
        Files.writeString(project.resolve("pom.xml"), Builds.blocks("readme-plugin").get("docs-folder/pom.xml").replace("<goal>check</goal>\n", ""));
        Files.createDirectories(project.resolve("src/main/docs"));
        // Mintlify as a foreign vendor writes it: no api: front matter, the endpoint only in an HTTP example
        Files.writeString(project.resolve("src/main/docs/send-message.mdx"), """
                ---
                title: Send a message
                ---

                ```http
                POST /v1/messages HTTP/1.1
                ```

                <ParamField body="text" type="string" required>The text.</ParamField>
                """);
        Run run = ok(Builds.run(mvn, project, "compile"));
        assertTrue(run.log().contains("[WARNING] src/main/docs:1:1: nothing is generated from this folder: its one doc page declares no"
                + " endpoint; send-message.mdx:5:1 has POST /v1/messages only in a ```http code block, which docpoet reads as an example;"
                + " add `api: 'POST /v1/messages'` to that page's front matter [SpecYieldsNothing]"), run.log());
    }
}
