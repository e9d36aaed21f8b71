package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.fetch.AcmeSite;
import dev.docpoet.fetch.DocsSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docpoet fetch} against a real docs site on 127.0.0.1 ({@link AcmeSite}): the first fetch, a refetch that
 * changes nothing, the check upstream (prose only, a field removed, a new page), {@code --update}, a failure halfway,
 * redirects, timeouts, caps and bad input. Nothing here reaches the network.
 */
class FetchCommandTest {
    @TempDir
    Path project;

    private DocsSite site;
    private Path docs;

    @BeforeEach
    void serve() throws IOException {
        site = AcmeSite.serve();
        docs = project.resolve("src/main/docs");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CliRun fetch(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "fetch";
        all[1] = "--docs";
        all[2] = docs.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private CliRun first() {
        return fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone");
    }

    /** Every file under the folder with its bytes and modification time. */
    private Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                out.put(root.relativize(p).toString(), Files.readString(p) + "\n@" + t.toMillis());
            }
        }
        return out;
    }

    private static void toTheEpoch(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, FileTime.fromMillis(0));
        }
    }

    private String read(String rel) throws IOException {
        return Files.readString(docs.resolve("acme").resolve(rel));
    }

    @Test
    void theFirstFetchWritesThePagesTheStubsSpecItsRefsAndTheLock() throws IOException {
        CliRun r = first();
        assertEquals(0, r.exit(), r.err() + r.out());
        Path acme = docs.resolve("acme");
        assertTrue(read("api-reference/tickets/get.md").startsWith("---\ntitle: Get a ticket"), "the generated header is left out");
        assertTrue(Files.isRegularFile(acme.resolve("api-reference/agents/list.md")));
        assertTrue(Files.isRegularFile(acme.resolve("api-reference/tickets/close.md")), "the slow page arrives");
        assertTrue(read("api-reference/tickets/delete.md").contains("DELETE /v1/tickets/{id}"), "a redirect on the same host is followed");
        assertTrue(Files.isRegularFile(acme.resolve("api-reference/openapi.json")), "the spec the stub page names");
        assertTrue(Files.isRegularFile(acme.resolve("api-reference/schemas/agent.json")), "and the file its $ref names");
        assertFalse(Files.exists(acme.resolve("introduction.md")), "the include leaves out what is no API reference");
        assertFalse(Files.exists(acme.resolve("api-reference/gone.md")), "the exclude leaves out the page that is gone");
        String lock = Files.readString(acme.resolve("docpoet.sources.lock.json"));
        assertTrue(lock.contains("\"format\" : \"docpoet-sources/1\""), lock);
        assertTrue(lock.contains("\"site\" : \"" + site.url() + "\""), lock);
        assertTrue(lock.contains("\"url\" : \"" + site.url() + "/api-reference/tickets/get.md\""), lock);
        assertTrue(lock.contains("\"etag\" : "), lock);
        assertTrue(lock.contains("\"apiHash\" : "), lock);
        assertTrue(r.out().contains("wrote api-reference/tickets/get.md"), r.out());
        assertTrue(r.out().contains("6 written, 0 deleted, 0 unchanged; docpoet.sources.lock.json updated"), r.out());

        // the copy is all a build needs: every endpoint, the stub's from its spec
        CliRun lint = CliRun.of("inspect", acme.toString());
        assertEquals(0, lint.exit(), lint.err());
        for (String e : new String[] {"GET /v1/tickets/{id}", "GET /v1/agents", "POST /v1/tickets/{id}/close", "DELETE /v1/tickets/{id}"}) {
            assertTrue(lint.out().contains(e), e + " in\n" + lint.out());
        }
        CliRun offline = fetch("--offline");
        assertEquals(0, offline.exit(), offline.out() + offline.err());
        assertTrue(offline.out().contains("6 files as docpoet.sources.lock.json says; a build needs nothing from outside"), offline.out());
    }

    @Test
    void aRefetchOfUnchangedDocsRewritesNothing() throws IOException {
        assertEquals(0, first().exit());
        // at the epoch, a rewritten file shows whatever the file system's time resolution
        toTheEpoch(docs);
        Map<String, String> before = snapshot(docs);
        site.clearRequests();
        CliRun again = fetch("--update", "acme");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("up to date (6 files unchanged, nothing written)"), again.out());
        assertEquals(before, snapshot(docs), "no file rewritten, the lock neither");
        assertTrue(site.requests().contains("GET /api-reference/tickets/get.md"), site.requests().toString());

        // the header's link or a timestamp line changing is no change
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET + "\nLast updated: 2026-12-03\n");
        CliRun stamped = fetch("--update");
        assertEquals(0, stamped.exit(), stamped.err());
        assertEquals(before, snapshot(docs), "a timestamp line is no change");
        CliRun check = fetch("--check");
        assertEquals(0, check.exit(), check.out());
        assertTrue(check.out().endsWith("no API changes upstream\n"), check.out());
    }

    @Test
    void aLineWithADateThatSaysMoreIsAChangeTheUpdateTakes() throws IOException {
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET + "\nUpdated: 2024-01-01 the limit is now 100 requests a minute.\n");
        assertEquals(0, first().exit());
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET + "\nUpdated: 2025-01-01 the limit is now 200 requests a minute.\n");
        CliRun check = fetch("--check");
        assertTrue(check.out().contains("changed upstream: api-reference/tickets/get.md (prose only)"), check.out());
        CliRun update = fetch("--update");
        assertEquals(0, update.exit(), update.err());
        assertTrue(update.out().contains("wrote api-reference/tickets/get.md"), update.out());
        assertTrue(read("api-reference/tickets/get.md").contains("200 requests"), "the site's new text, not the old bytes");
    }

    @Test
    void anUpdateReadsTheCorrectionsAndSaysWhichAreStale() throws IOException {
        assertEquals(0, first().exit());
        Path corrections = docs.resolve("acme/docpoet.corrections.yaml");
        Files.writeString(corrections, """
                corrections:
                  - endpoint: GET /v1/tickets/{id}
                    field: priority
                    enum: [low, normal, high]
                  - endpoint: GET /v1/tickets/{id}
                    field: requester.emial
                    name: email
                """);
        CliRun update = fetch("--update");
        assertEquals(0, update.exit(), update.err());
        assertTrue(update.err().contains(docs.resolve("acme") + "/docpoet.corrections.yaml:6:12: warning: GET /v1/tickets/{id} 200 has no"
                + " field `requester.emial`"), "a diagnostic, on stderr: " + update.err());
        assertFalse(update.out().contains("warning"), update.out());
        assertTrue(update.out().contains("up to date"), "the apiHash is of the fetched files alone: " + update.out());
        CliRun offline = fetch("--offline");
        assertEquals(0, offline.exit(), offline.out() + offline.err());

        Files.writeString(corrections, "corrections:\n  - endpoint: GET /v1/tickets/{id}\n    field: priority\n    type: widget\n");
        CliRun invalid = fetch("--update");
        assertTrue(invalid.err().contains("[SpecCorrectionInvalid]"), invalid.err());
        assertTrue(invalid.err().contains("1 errors in the fetched docs"), invalid.err());
    }

    @Test
    void theSetsCorrectionsApplyWhenASubfolderIsRead() throws IOException {
        assertEquals(0, first().exit());
        Files.writeString(docs.resolve("acme/docpoet.corrections.yaml"), """
                corrections:
                  - endpoint: GET /v1/tickets/{id}
                    field: priority
                    type: integer
                """);
        // the CLI's root is the parent of the path given: acme/api-reference here, below the corrections file
        CliRun set = CliRun.of("inspect", docs.resolve("acme").toString());
        CliRun sub = CliRun.of("inspect", docs.resolve("acme/api-reference/tickets").toString());
        assertEquals(0, sub.exit(), sub.err());
        assertTrue(set.out().contains("priority: integer  (optional, documented, line 12)"), set.out());
        assertTrue(sub.out().contains("priority: integer  (optional, documented, line 12)"), "as the set is read: " + sub.out());
    }

    @Test
    void aProseEditUpstreamIsListedAndPasses() throws IOException {
        assertEquals(0, first().exit());
        toTheEpoch(docs);
        Map<String, String> before = snapshot(docs);
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET.replace("Returns one ticket.", "Returns one ticket, with its subject."));
        CliRun check = fetch("--check", "acme");
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("changed upstream: api-reference/tickets/get.md (prose only)"), check.out());
        assertTrue(check.out().contains("no API changes upstream; 1 files differ (run fetch --update to take them)"), check.out());
        assertEquals(before, snapshot(docs), "a check changes nothing in the project");
    }

    @Test
    void aFieldRemovedUpstreamIsBreakingAndUpdateTakesIt() throws IOException {
        assertEquals(0, first().exit());
        toTheEpoch(docs);
        Map<String, String> before = snapshot(docs);
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET.replaceAll("<ResponseField name=\"subject\".*\n", ""));
        CliRun check = fetch("--check");
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("breaking  GET /v1/tickets/{} 200 /subject: field removed"), check.out());
        assertTrue(check.out().contains("1 API changes upstream, 1 breaking for a client"), check.out());
        assertEquals(before, snapshot(docs), "a check changes nothing in the project");

        CliRun update = fetch("--update");
        assertEquals(0, update.exit(), update.err());
        assertTrue(update.out().contains("wrote api-reference/tickets/get.md"), update.out());
        assertTrue(update.out().contains("breaking  GET /v1/tickets/{} 200 /subject: field removed"), update.out());
        assertFalse(read("api-reference/tickets/get.md").contains("subject"));
        CliRun after = fetch("--check");
        assertEquals(0, after.exit(), after.out());
        assertTrue(after.out().endsWith("no API changes upstream\n"), after.out());
    }

    @Test
    void aNewPageUpstreamIsAnAdditionThatUpdateTakes() throws IOException {
        assertEquals(0, first().exit());
        site.page("/api-reference/tickets/create", """
                ---
                title: Create a ticket
                api: 'POST /v1/tickets'
                ---

                <ParamField body="subject" type="string" required>The subject.</ParamField>
                """);
        site.put("/llms.txt", site.body("/llms.txt").replace("## OpenAPI", "- [Create](" + site.url() + "/api-reference/tickets/create.md)\n\n## OpenAPI"));
        CliRun check = fetch("--check");
        assertEquals(0, check.exit(), check.out());
        assertTrue(check.out().contains("new upstream: api-reference/tickets/create.md"), check.out());
        assertTrue(check.out().contains("ok        POST /v1/tickets: endpoint added"), check.out());
        CliRun update = fetch("--update");
        assertEquals(0, update.exit(), update.err());
        assertTrue(update.out().contains("1 written, 0 deleted, 6 unchanged"), update.out());
        assertTrue(Files.readString(docs.resolve("acme/docpoet.sources.lock.json")).contains("api-reference/tickets/create.md"));
    }

    @Test
    void aServerErrorHalfwayChangesNothing() throws IOException {
        // on a first fetch: no folder at all
        site.answer("/api-reference/tickets/get.md", 500, "oops", 0, Map.of());
        CliRun failed = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--retries", "1", "--backoff", "10");
        assertEquals(1, failed.exit(), failed.out());
        assertTrue(failed.err().contains("docpoet: " + site.url() + "/api-reference/tickets/get.md: HTTP 500 (a server error, still there"
                + " after retries); try again later"), failed.err());
        assertTrue(failed.err().contains("HTTP 500; trying again in 10 ms"), failed.err());
        assertFalse(Files.exists(docs.resolve("acme")), "nothing written");

        // on an update, with other pages already changed upstream: the copy and the lock stay as they were
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET);
        assertEquals(0, first().exit());
        toTheEpoch(docs);
        Map<String, String> before = snapshot(docs);
        site.page("/api-reference/tickets/get", AcmeSite.GET_TICKET.replace("How urgent it is.", "How urgent."));
        site.answer("/api-reference/schemas/agent.json", 503, "down", 0, Map.of());
        CliRun halfway = fetch("--update", "--retries", "0");
        assertEquals(1, halfway.exit(), halfway.out());
        assertTrue(halfway.err().contains(site.url() + "/api-reference/schemas/agent.json: HTTP 503"), halfway.err());
        assertEquals(before, snapshot(docs), "the project's copy and lock exactly as they were");
        assertFalse(halfway.err().contains("\tat "), "no stack trace");
    }

    @Test
    void tooManyRequestsIsRetriedAfterWhatTheServerSays() {
        site.answer("/api-reference/tickets/get.md", 429, "slow down", 0, Map.of("Retry-After", "0"));
        CliRun r = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--retries", "2", "--backoff", "10");
        assertEquals(1, r.exit(), r.out());
        // Retry-After: 0 wins over the 10 ms backoff, each time
        assertEquals(2, r.err().split("HTTP 429; trying again in 0 s", -1).length - 1, r.err());
        assertTrue(r.err().contains("docpoet: " + site.url() + "/api-reference/tickets/get.md: HTTP 429 (too many requests, still after retries); try again"
                + " later, or with more retries (--retries N, <retries>)"), r.err());
        assertEquals(3, site.requests().stream().filter(q -> q.equals("GET /api-reference/tickets/get.md")).count());
    }

    @Test
    void aPageThatIsGoneIsAnErrorNamingItsUrl() {
        CliRun r = fetch("acme", "--site", site.url(), "--include", "api-reference/**");
        assertEquals(1, r.exit());
        assertEquals("docpoet: " + site.url() + "/api-reference/gone.md: HTTP 404 (not found); check the URL, or leave the page out with an"
                + " exclude pattern\n", r.err());
        assertFalse(Files.exists(docs.resolve("acme")));
    }

    @Test
    void aRedirectToAnotherHostIsRefusedUnlessAllowed() throws IOException {
        site.redirect("/api-reference/tickets/delete.md", site.otherHostUrl() + "/api-reference/tickets/remove.md");
        CliRun refused = first();
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains(site.url() + "/api-reference/tickets/delete.md: HTTP 301 redirects to another host, "
                + site.otherHostUrl() + "/api-reference/tickets/remove.md; docpoet follows no redirect to another host unless told to"), refused.err());
        assertFalse(Files.exists(docs.resolve("acme")));
        CliRun allowed = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--allow-redirect-host");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.err().contains("note: " + site.url() + "/api-reference/tickets/delete.md redirects to another host, "
                + site.otherHostUrl() + "/api-reference/tickets/remove.md (allowed)"), allowed.err());
        assertTrue(read("api-reference/tickets/delete.md").contains("DELETE"));
    }

    @Test
    void aPageSlowerThanTheTimeoutIsAnErrorThatSaysSo() {
        site.hang("/api-reference/tickets/close.md", AcmeSite.SLOW);
        CliRun r = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--timeout", "1", "--retries", "0");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(site.url() + "/api-reference/tickets/close.md: no answer within 1 s (tried 1 times); try again later,"
                + " or allow more time (--timeout SECONDS, <timeout>)"), r.err());
        assertFalse(Files.exists(docs.resolve("acme")));
    }

    @Test
    void aBodyThatStallsAfterItsHeadersIsATimeoutNamingTheUrl() {
        site.stall("/api-reference/tickets/close.md", AcmeSite.SLOW);
        CliRun r = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--timeout", "1", "--retries", "0");
        assertEquals(1, r.exit(), r.out());
        assertEquals("docpoet: " + site.url() + "/api-reference/tickets/close.md: the response did not finish within 1 s; try again later, or"
                + " allow more time (--timeout SECONDS, <timeout>)\n", r.err());
        assertFalse(Files.exists(docs.resolve("acme")));
    }

    @Test
    void theSizeCapsStopAFetchAndSayWhich() {
        CliRun page = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--max-page-bytes", "400");
        assertEquals(1, page.exit());
        assertTrue(page.err().contains("larger than 400 bytes, the cap for one file"), page.err());
        CliRun total = fetch("acme", "--site", site.url(), "--include", "api-reference/**", "--exclude", "api-reference/gone",
                "--max-total-bytes", "2000");
        assertEquals(1, total.exit());
        assertTrue(total.err().contains("this fetch passed 2000 bytes, the cap for one fetch"), total.err());
        assertFalse(Files.exists(docs.resolve("acme")));
    }

    @Test
    void aSpecUrlFetchesTheSpecAndItsRefs() throws IOException {
        site.put("/v1/openapi.json", AcmeSite.SPEC);
        site.put("/v1/schemas/agent.json", AcmeSite.AGENT);
        CliRun r = fetch("agents", "--spec", site.url() + "/v1/openapi.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(docs.resolve("agents/openapi.json")));
        assertTrue(Files.isRegularFile(docs.resolve("agents/schemas/agent.json")));
        site.put("/v1/schemas/agent.json", AcmeSite.AGENT.replace("\"online\", \"away\"", "\"online\""));
        CliRun check = fetch("--check", "agents");
        assertEquals(1, check.exit(), check.out());
        assertTrue(check.out().contains("changed upstream: schemas/agent.json"), check.out());
        assertTrue(check.out().contains("breaking  GET /v1/agents 200 [] /status: enum value `away` removed"), check.out());
    }

    @Test
    void aSpecNamedWithADotSegmentIsASourceOfItsOwn() throws IOException {
        CliRun r = fetch("tickets", "--page", site.url() + "/api-reference/tickets/get", "--spec", site.url() + "/api-reference/./openapi.json");
        assertEquals(0, r.exit(), r.err());
        CliRun clean = fetch("clean", "--page", site.url() + "/api-reference/tickets/get", "--spec", site.url() + "/api-reference/openapi.json");
        assertEquals(0, clean.exit(), clean.err());
        assertEquals(apiHash("clean"), apiHash("tickets"), "the spec's endpoints count in both");
        CliRun offline = fetch("--offline");
        assertEquals(0, offline.exit(), offline.out() + offline.err());
    }

    private String apiHash(String set) throws IOException {
        return Files.readAllLines(docs.resolve(set + "/docpoet.sources.lock.json")).stream().filter(l -> l.contains("\"apiHash\""))
                .findFirst().orElseThrow();
    }

    @Test
    void aNotModifiedToAPlainRequestIsAnErrorNamingTheUrl() {
        site.answer("/api-reference/tickets/get.md", 304, "", 0, Map.of());
        CliRun r = first();
        assertEquals(1, r.exit(), r.out());
        assertEquals("docpoet: " + site.url() + "/api-reference/tickets/get.md: HTTP 304 (not modified) to a request that was not"
                + " conditional; the server is wrong, try again later or tell its owner\n", r.err());
    }

    @Test
    void pageUrlsAreFetchedAsTheirMarkdown() throws IOException {
        CliRun r = fetch("tickets", "--page", site.url() + "/api-reference/tickets/get", "--page", site.url() + "/api-reference/tickets/close.md");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(docs.resolve("tickets/get.md")).startsWith("---\ntitle: Get a ticket"));
        assertTrue(Files.isRegularFile(docs.resolve("tickets/close.md")));
        assertTrue(site.requests().contains("GET /api-reference/tickets/get.md"), site.requests().toString());
        CliRun check = fetch("--check", "tickets");
        assertEquals(0, check.exit(), check.out());
    }

    @Test
    void offlineFindsAFileEditedByHand() throws IOException {
        assertEquals(0, first().exit());
        Path page = docs.resolve("acme/api-reference/tickets/get.md");
        Files.writeString(page, Files.readString(page).replace("type=\"string\">How", "type=\"integer\">How"));
        site.close();
        CliRun r = fetch("--offline");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(page + ": not what docpoet.sources.lock.json says (edited by hand?); put corrections in"
                + " docpoet.corrections.yaml instead, and fetch --update"), "a diagnostic, on stderr: " + r.err());
        assertTrue(r.out().contains("1 problems (above)"), "the outcome, on stdout: " + r.out());
        assertFalse(r.out().contains("not what"), r.out());
    }

    @Test
    void aLinkThatIsNoFileNameIsOneLineNamingIt() {
        site.put("/llms.txt", site.body("/llms.txt").replace("## OpenAPI", "- [Odd](" + site.url() + "/api-reference/odd%00name.md)\n\n## OpenAPI"));
        CliRun r = first();
        assertEquals(1, r.exit(), r.out());
        assertEquals("docpoet: " + site.url() + "/api-reference/odd%00name.md: cannot be kept as \"api-reference/odd?name.md\" (an empty, hidden"
                + " or reserved name, or a character a file name cannot have); leave it out with an exclude pattern\n", r.err());
        assertFalse(Files.exists(docs.resolve("acme")));
    }

    @Test
    void offlineFindsAPageTheLockDoesNotName() throws IOException {
        assertEquals(0, first().exit());
        Path extra = Files.writeString(docs.resolve("acme/api-reference/tickets/extra.md"), AcmeSite.RENAMED.replace("DELETE", "PUT"));
        Path spec = Files.writeString(docs.resolve("acme/extra.json"), AcmeSite.SPEC);
        Files.writeString(docs.resolve("acme/docpoet.corrections.yaml"), "corrections: []\n");
        site.close();
        CliRun r = fetch("--offline");
        assertEquals(1, r.exit(), r.out() + r.err());
        String all = r.err();
        assertTrue(all.contains(extra + ": not in docpoet.sources.lock.json, yet a build reads it; delete it, or fetch it (with a --page,"
                + " --spec or include pattern) and run fetch --update"), all);
        assertTrue(all.contains(spec + ": not in docpoet.sources.lock.json"), all);
        assertFalse(all.contains("docpoet.corrections.yaml: not in"), all);
    }

    @Test
    void badInputIsOneLineThatSaysWhatToDo() throws IOException {
        CliRun ftp = fetch("acme", "--site", "ftp://docs.example.com");
        assertEquals(1, ftp.exit());
        assertEquals("docpoet: ftp://docs.example.com: docpoet fetches only http and https URLs, not ftp; copy local docs into src/main/docs"
                + " yourself\n", ftp.err());
        CliRun noIndex = fetch("acme", "--site", site.url() + "/elsewhere");
        assertEquals(1, noIndex.exit());
        assertEquals("docpoet: " + site.url() + "/elsewhere/llms.txt: HTTP 404 (not found): this site serves no llms.txt index; check the"
                + " site's URL, or name its pages (--page URL) or its spec (--spec URL)\n", noIndex.err());
        CliRun noLock = fetch("--check");
        assertEquals(2, noLock.exit());
        assertTrue(noLock.err().contains("no fetched docs under " + docs), noLock.err());
        CliRun both = fetch("--check", "--update");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("give one of --check, --update and --offline"), both.err());
        CliRun badName = fetch("../up", "--site", site.url());
        assertEquals(2, badName.exit());
        assertTrue(badName.err().contains("\"../up\" is no folder name"), badName.err());

        CliRun badGlob = fetch("acme", "--site", site.url(), "--include", "api/{a");
        assertEquals(2, badGlob.exit());
        assertTrue(badGlob.err().startsWith("--include \"api/{a\" is no glob (a '{' without its '}'); write one such as api-reference/**"),
                badGlob.err());
        assertFalse(badGlob.err().contains("\tat "), badGlob.err());

        assertEquals(0, first().exit());
        Path lock = docs.resolve("acme/docpoet.sources.lock.json");
        Files.writeString(lock, "{\n  \"format\" : \"docpoet-sources/1\",\n  \"files\" : [ }\n");
        CliRun broken = fetch("--check");
        assertEquals(1, broken.exit());
        assertTrue(broken.err().startsWith("docpoet: " + lock + ":3:"), broken.err());
        assertTrue(broken.err().contains("not JSON"), broken.err());
        assertFalse(broken.err().contains("\tat "), broken.err());
    }
}
