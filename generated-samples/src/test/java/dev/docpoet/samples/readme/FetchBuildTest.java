package dev.docpoet.samples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.fetch.AcmeSite;
import dev.docpoet.fetch.DocsSite;
import dev.docpoet.samples.readme.Builds.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fetch loop in real Maven builds of its docs-folder project, pom verbatim, against a docs site on
 * 127.0.0.1 standing in for the vendor's: the README's commands in order (fetch once, build offline, prove the build
 * needs nothing from outside, check upstream), then upstream drifting: a prose edit passes, a removed field fails
 * {@code docpoet:fetch-check} with the diff, and {@code docpoet:fetch} takes it in.
 */
class FetchBuildTest {
    private static final String README_SITE = "https://docs.acme.dev";

    @BeforeAll
    static void install() throws Exception {
        Builds.installDocpoet();
    }

    /** The README's commands, each as Maven's arguments, the vendor's site replaced by the local one. */
    private static List<String[]> commands(String site) throws Exception {
        String block = Builds.blocks("readme-fetch").get("maven");
        List<String[]> out = new ArrayList<>();
        for (String line : block.strip().split("\n")) {
            String[] words = line.replace(README_SITE, site).replace("'", "").strip().split("\\s+");
            assertEquals("mvn", words[0], line);
            out.add(java.util.Arrays.copyOfRange(words, 1, words.length));
        }
        return out;
    }

    private static Run ok(Run r) {
        assertTrue(r.ok(), r.log());
        return r;
    }

    @Test
    void theReadmeLoopFetchesBuildsOfflineAndChecksUpstream(@TempDir Path project) throws Exception {
        Path mvn = Builds.machineMaven();
        Files.writeString(project.resolve("pom.xml"), Builds.blocks("readme-plugin").get("docs-folder/pom.xml"));
        try (DocsSite site = AcmeSite.serve()) {
            // the vendor's index, without the page that is gone
            site.put("/llms.txt", site.body("/llms.txt").replaceAll("- \\[An old page\\].*\n", ""));
            List<String[]> readme = commands(site.url());
            assertEquals(4, readme.size(), "the README's four commands");

            Run fetched = ok(Builds.run(mvn, project, readme.get(0)));
            assertTrue(fetched.log().contains("docpoet: wrote api-reference/tickets/get.md"), fetched.log());
            Path acme = project.resolve("src/main/docs/acme");
            assertTrue(Files.isRegularFile(acme.resolve("docpoet.sources.lock.json")), fetched.log());
            assertTrue(Files.isRegularFile(acme.resolve("api-reference/openapi.json")), "the stub page's spec");

            Run built = ok(Builds.run(mvn, project, readme.get(1)));
            assertTrue(built.log().contains("docpoet: no docpoet.lock.json yet to check the docs against; write it with mvn docpoet:lock"
                    + " and commit it; until then nothing is checked"), built.log());
            assertTrue(Files.isRegularFile(project.resolve("target/classes/com/example/helpdesk/HelpdeskClient.class")), built.log());

            site.close();
            Run offline = ok(Builds.run(mvn, project, readme.get(2)));
            assertTrue(offline.log().contains("6 files as docpoet.sources.lock.json says; a build needs nothing from outside"), offline.log());
        }
        try (DocsSite site = AcmeSite.serve()) {
            // the same docs on another port: the lock names the old one, so rewrite its URLs as a moved site would be
            Path lock = project.resolve("src/main/docs/acme/docpoet.sources.lock.json");
            String text = Files.readString(lock);
            String old = text.substring(text.indexOf("\"site\" : \"") + 10, text.indexOf('"', text.indexOf("\"site\" : \"") + 10));
            Files.writeString(lock, text.replace(old, site.url()));
            site.put("/llms.txt", site.body("/llms.txt").replaceAll("- \\[An old page\\].*\n", ""));
            List<String[]> readme = commands(site.url());

            Run same = ok(Builds.run(mvn, project, readme.get(3)));
            assertTrue(same.log().contains("no API changes upstream"), same.log());

            site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET.replace("Returns one ticket.", "Returns one ticket by its id."));
            Run prose = ok(Builds.run(mvn, project, readme.get(3)));
            assertTrue(prose.log().contains("docpoet: changed upstream: api-reference/tickets/get.md (prose only)"), prose.log());

            site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET.replaceAll("<ResponseField name=\"subject\".*\n", ""));
            Run drift = Builds.run(mvn, project, readme.get(3));
            assertFalse(drift.ok(), drift.log());
            assertTrue(drift.log().contains("[WARNING] docpoet: breaking  GET /v1/tickets/{} 200 /subject: field removed"), drift.log());
            assertTrue(drift.log().contains("docpoet: 1 breaking API changes upstream (above); take them with mvn docpoet:fetch when your"
                    + " code is ready"), drift.log());
            assertTrue(Files.readString(project.resolve("src/main/docs/acme/api-reference/tickets/get.md")).contains("subject"),
                    "a check changes nothing in the project");

            Run update = ok(Builds.run(mvn, project, "docpoet:fetch"));
            assertTrue(update.log().contains("docpoet: wrote api-reference/tickets/get.md"), update.log());
            ok(Builds.run(mvn, project, readme.get(3)));
            ok(Builds.run(mvn, project, "-o", "compile"));

            // a correction beside the lock applies in the plugin's build too, and a stale one is a warning at its place
            Files.writeString(project.resolve("src/main/docs/acme/docpoet.corrections.yaml"), """
                    corrections:
                      - endpoint: GET /v1/tickets/{id}
                        field: priority
                        enum: [low, normal, high]
                      - endpoint: GET /v1/tickets/{id}
                        field: subject
                        required: true
                    """);
            Run corrected = ok(Builds.run(mvn, project, "-o", "compile"));
            assertTrue(corrected.log().contains("[WARNING] src/main/docs/acme/docpoet.corrections.yaml:6:12: GET /v1/tickets/{id} 200 has no"
                    + " field `subject`; fix the correction, or remove it if the docs changed [SpecCorrectionUnused]"), corrected.log());
            List<Path> priority;
            try (java.util.stream.Stream<Path> walk = Files.walk(project.resolve("target/generated-sources/docpoet"))) {
                priority = walk.filter(f -> f.getFileName().toString().equals("TicketPriority.java")).toList();
            }
            assertEquals(1, priority.size(), "the corrected enum is generated: " + priority);
            assertTrue(Files.readString(priority.get(0)).contains("public static final TicketPriority NORMAL = new TicketPriority(\"normal\","
                    + " Known.NORMAL);"), Files.readString(priority.get(0)));
        }
    }
}
