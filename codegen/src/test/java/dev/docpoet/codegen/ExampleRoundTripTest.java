package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.codegen.ExampleRoundTrip.DocSetResult;
import dev.docpoet.codegen.ExampleRoundTrip.Failure;
import dev.docpoet.codegen.ExampleRoundTrip.Measured;
import dev.docpoet.corpus.SharedCorpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurement of issue 17: of every response example a page shows (per example, not per documented body; see
 * {@link PageExamples}), how many values read into typed record components of the generated type and come back
 * unchanged when written with the same plain Jackson 2 mapper ({@link ExampleRoundTrip}). Prints the figures per doc set
 * and in total, the worst examples and the failures by category. It asserts no percentage, only that a doc set whose
 * pages show examples had some of them measured.
 *
 * <p>On the shared corpus, one doc set per vendor (its first folder). On any docs folder:
 * {@code mvn -pl codegen test -Dtest=ExampleRoundTripTest -Ddocpoet.examples.dir=DIR}, each folder directly under
 * {@code DIR} one doc set (or {@code DIR} itself when it has no folders). {@code -Ddocpoet.examples.report=FILE} also writes
 * every value that is not OK to {@code FILE}, one tab-separated line each.
 */
class ExampleRoundTripTest {
    private static final int WORST = 15;

    /** Shaped as docpoet writes records: fields by wire name, the rest kept in an any-setter component. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    record Order(@JsonProperty("id") String id, @JsonProperty("total") Long total,
            @JsonProperty("at") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime at, @JsonProperty("lines") List<Line> lines,
            @JsonProperty("meta") Map<String, Object> meta, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    record Line(@JsonProperty("sku") String sku, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

    /** The measurement itself: which leaves count, which are typed, which come back unchanged, and why not. */
    @Test
    void aValueIsOkOnlyWhenTypedAndUnchanged() throws IOException {
        Measured m = measure("""
                {"id": "o_1", "total": 12, "at": "2025-01-02T03:04:05.000Z", "lines": [{"sku": "A", "qty": 2}],
                 "meta": {"k": [1, null]}, "extra": {}}""");
        // leaves: id, total, at, lines/0/sku, lines/0/qty, meta/k/0, meta/k/1, extra ({} counts as one)
        assertEquals(8, m.values());
        assertEquals(6, m.typed(), m.failures().toString());
        assertEquals(6, m.ok(), m.failures().toString());
        assertEquals(2, m.raw(), "meta is a free-form Object component");
        Map<String, String> why = m.failures().stream().collect(Collectors.toMap(Failure::pointer, Failure::category));
        // "2025-01-02T03:04:05.000Z" comes back as "2025-01-02T03:04:05Z": one instant at one offset, unchanged
        assertEquals(Map.of(
                "/lines/0/qty", "undocumented key (in additionalProperties), comes back unchanged",
                "/extra", "undocumented key (in additionalProperties), comes back unchanged"), why);

        Measured unreadable = measure("{\"id\": \"o_2\", \"total\": \"many\", \"lines\": [{\"sku\": \"B\"}]}");
        assertEquals(3, unreadable.values());
        assertEquals(0, unreadable.ok());
        assertNotNull(unreadable.readError(), "an example that does not read counts all its values as not OK");
        assertEquals("/total", unreadable.failures().get(0).pointer());
    }

    /**
     * A body the generator makes no record for reads as what the client returns for it, and an error example without a
     * status reads as the error body when every documented error has that one type.
     */
    @Test
    void aBodyWithoutARecordAndAnErrorWithoutAStatusAreStillMeasured(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("docs/pages"));
        Files.writeString(dir.resolve("docs/openapi.yaml"), """
                openapi: 3.0.3
                info: {title: Tags, version: "1"}
                paths:
                  /tags:
                    get:
                      responses:
                        "200": {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
                        "400": {description: Bad, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
                        "404": {description: Gone, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
                components:
                  schemas:
                    Problem: {type: object, properties: {message: {type: string}}}
                """);
        Files.writeString(pages.resolve("tags.mdx"), """
                ---
                title: List tags
                openapi: GET /tags
                ---
                <ResponseExample>
                ```json 200
                ["a", "b"]
                ```
                ```json Not found
                {"message": "no"}
                ```
                </ResponseExample>
                """);
        Files.writeString(pages.resolve("tag.mdx"), """
                ---
                title: Get a tag
                api: GET /tag
                ---
                <ResponseExample>
                ```json 404
                {"message": "no"}
                ```
                ```json Failure
                {"message": "no", "code": 7}
                ```
                </ResponseExample>
                """);
        DocSetResult r = ExampleRoundTrip.measure(dir, "docs", "rt.tags", dir.resolve("work"));
        assertEquals(List.of("GET /tag 404 -> rt.tags.NotFoundError", "GET /tag default -> rt.tags.DefaultError",
                "GET /tags 200 -> java.util.List<java.lang.String> (no record: the client's type)", "GET /tags 400 -> rt.tags.Problem"),
                r.measured().stream().map(Measured::target).toList(), "the 404 of /tags is one of two errors of one type; the page made"
                        + " the failure of /tag its default error body");
        assertTrue(r.measured().stream().allMatch(m -> m.ok() == m.values()), r.measured()::toString);
    }

    @Test
    void widdershinsArraysMapsAndDefaultCaptionsReadIntoTypedFields(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("docs"));
        try (var in = ExampleRoundTripTest.class.getResourceAsStream("/fixtures/tables/widdershins-jobs.md")) {
            Files.write(pages.resolve("jobs.md"), in.readAllBytes());
        }
        Files.writeString(pages.resolve("status.md"), """
                ## get_params

                `GET /params`

                <h3 id="get_params-parameters">Parameters</h3>

                |Name|In|Type|Required|Description|
                |---|---|---|---|---|
                |verbose|query|boolean|false|Say more|

                > Example responses

                > 200 Response

                > default Response

                ```json
                {"type": "about:blank", "status": 500}
                ```

                <h3 id="get_params-responses">Responses</h3>

                |Status|Meaning|Description|Schema|
                |---|---|---|---|
                |200|OK|The parameters|[Params](#schemaparams)|
                |default|Default|Unexpected error|[Problem](#schemaproblem)|

                # Schemas

                <h2 id="tocS_Params">Params</h2>
                <a id="schemaparams"></a>

                |Name|Type|Required|Restrictions|Description|
                |---|---|---|---|---|
                |interval|integer|false|none|Seconds between beats|

                <h2 id="tocS_Problem">Problem</h2>
                <a id="schemaproblem"></a>

                |Name|Type|Required|Restrictions|Description|
                |---|---|---|---|---|
                |type|string|false|none|The problem's kind|
                |status|integer|false|none|The status|
                """);
        DocSetResult r = ExampleRoundTrip.measure(dir, "docs", "rt.jobs", dir.resolve("work"));
        // the generated records compile, and the page's examples read into them: an array of artifacts, a map of connection
        // infos, the description's headings not ending the operation, and "> default Response" the default error's body
        assertEquals(List.of("GET /params default -> rt.jobs.Problem", "POST /jobs 201 -> rt.jobs.Job"),
                r.measured().stream().map(Measured::target).sorted().toList());
        assertTrue(r.measured().stream().allMatch(m -> m.values() > 0 && m.ok() == m.values() && m.raw() == 0), r.measured()::toString);
    }

    private static Measured measure(String json) throws IOException {
        PageExamples.Example ex = new PageExamples.Example("test.mdx", 1, "block", "", "200", false, PageExamples.LENIENT.readTree(json), null);
        return ExampleRoundTrip.roundTrip(ex, "Order", ExampleRoundTrip.JSON.constructType(Order.class));
    }

    @Test
    void corpusResponseExamplesRoundTrip(@TempDir Path work) throws IOException {
        Optional<Path> found = SharedCorpus.locate();
        assumeTrue(found.isPresent(), "../shared/corpus is absent: example round trip skipped");
        Path corpus = found.get();
        List<String> vendors;
        try (Stream<Path> dirs = Files.list(corpus)) {
            vendors = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<DocSetResult> results = measureAll(corpus, vendors, work, "corpus");
        for (DocSetResult r : results) {
            if (!r.measured().isEmpty() || !r.unparseable().isEmpty()) {
                assertFalse(r.measured().isEmpty(), r.name() + " shows response examples, but none was measured");
            }
        }
        assertTrue(results.stream().anyMatch(r -> !r.measured().isEmpty()), "no example measured in the corpus");
    }

    @Test
    void foreignResponseExamplesRoundTrip(@TempDir Path work) throws IOException {
        String dir = System.getProperty("docpoet.examples.dir");
        assumeTrue(dir != null && !dir.isBlank(), "-Ddocpoet.examples.dir=DIR not given: foreign example round trip skipped");
        Path root = Path.of(dir).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root), dir + " is not a folder: foreign example round trip skipped");
        List<String> sets;
        try (Stream<Path> dirs = Files.list(root)) {
            sets = dirs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<DocSetResult> results = sets.isEmpty()
                ? measureAll(root.getParent(), List.of(root.getFileName().toString()), work, root.toString())
                : measureAll(root, sets, work, root.toString());
        assertTrue(results.stream().anyMatch(r -> !r.measured().isEmpty()), "no example measured under " + root);
    }

    private static List<DocSetResult> measureAll(Path root, List<String> sets, Path work, String title) throws IOException {
        List<DocSetResult> results = new ArrayList<>();
        for (String set : sets) {
            String pkg = "rt." + set.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (pkg.equals("rt.")) pkg = "rt.docs";
            results.add(ExampleRoundTrip.measure(root, set, pkg, work.resolve(set)));
        }
        print(System.out, title, results);
        String report = System.getProperty("docpoet.examples.report");
        if (report != null && !report.isBlank()) writeReport(Path.of(report), results);
        return results;
    }

    /** Every value that is not OK, one tab-separated line each, for sorting and counting outside the test. */
    private static void writeReport(Path file, List<DocSetResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("docset\texample\ttarget\tvalues\tok\tpointer\tcategory\tdetail");
        for (DocSetResult r : results) {
            for (Measured m : r.measured()) {
                for (Failure f : m.failures()) {
                    lines.add(String.join("\t", r.name(), m.example().where(), m.target(), Long.toString(m.values()), Long.toString(m.ok()),
                            f.pointer(), f.category(), f.detail()).replace('\n', ' '));
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
        System.out.println("  every value not OK: " + file.toAbsolutePath());
    }

    static void print(PrintStream out, String title, List<DocSetResult> results) {
        out.printf(Locale.ROOT, "%nresponse examples read and written back (%s): a value is OK when typed and unchanged%n", title);
        out.printf(Locale.ROOT, "  %-28s %5s %8s %-30s %7s %7s %7s %9s  %s%n", "doc set", "pages", "examples", "(kinds)", "values",
                "typed", "OK", "ex>=99%", "not measured");
        List<Measured> all = new ArrayList<>();
        long pages = 0;
        long skipped = 0;
        long unparseable = 0;
        for (DocSetResult r : results) {
            all.addAll(r.measured());
            pages += r.pages();
            skipped += r.skipped().size();
            unparseable += r.unparseable().size();
            out.println(line(r.name(), r.pages(), r.measured(), r.skipped().size(), r.unparseable().size(), r.excluded().size())
                    + String.format(Locale.ROOT, " (%.0f s)", r.seconds()));
        }
        out.println(line("TOTAL", pages, all, skipped, unparseable, results.stream().mapToInt(r -> r.excluded().size()).sum()));
        for (DocSetResult r : results) {
            r.excluded().forEach((page, why) -> out.println("  left out of generation (" + r.name() + "): " + why));
            r.unparseable().stream().limit(5).forEach(e -> out.println("  not JSON: " + e.where() + ": " + e.problem()));
            r.skipped().stream().limit(3).forEach(e -> out.println("  page documents no endpoint: " + e.where()));
        }

        out.println("\n  worst " + WORST + " examples (values not OK, of values):");
        all.stream().filter(m -> m.notOk() > 0).sorted(Comparator.comparingLong(Measured::notOk).reversed()
                .thenComparing(m -> m.example().where())).limit(WORST).forEach(m -> {
                    out.printf(Locale.ROOT, "  %4d of %4d  %s%n              as %s%n", m.notOk(), m.values(), m.example().where(), m.target());
                    Map<String, List<Failure>> byWhy = new LinkedHashMap<>();
                    for (Failure f : m.failures()) byWhy.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
                    byWhy.forEach((why, fs) -> out.printf(Locale.ROOT, "                %3d× %s: %s%n", fs.size(), why,
                            String.join(", ", fs.stream().limit(4).map(f -> f.pointer().isEmpty() ? "(root) " + f.detail()
                                    : f.pointer() + " " + f.detail()).toList()) + (fs.size() > 4 ? ", …" : "")));
                });

        out.println("\n  failures by category (values, examples; first seen):");
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> first = new TreeMap<>();
        for (Measured m : all) {
            Map<String, Long> here = new LinkedHashMap<>();
            for (Failure f : m.failures()) {
                // an example that did not read at all has one failure, for all its values
                here.merge(f.category(), m.readError() != null ? m.values() : 1L, Long::sum);
                first.putIfAbsent(f.category(), m.example().where() + " " + (f.pointer().isEmpty() ? "" : f.pointer() + " ") + f.detail());
            }
            here.forEach((k, v) -> {
                long[] c = counts.computeIfAbsent(k, x -> new long[2]);
                c[0] += v;
                c[1]++;
            });
        }
        counts.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
                .forEach(e -> out.printf(Locale.ROOT, "  %6d %4d  %s%n               e.g. %s%n", e.getValue()[0], e.getValue()[1],
                        e.getKey(), first.get(e.getKey())));
    }

    private static String line(String name, long pages, List<Measured> ms, long skipped, long unparseable, long excluded) {
        long values = ms.stream().mapToLong(Measured::values).sum();
        long typed = ms.stream().mapToLong(Measured::typed).sum();
        long ok = ms.stream().mapToLong(Measured::ok).sum();
        long raw = ms.stream().mapToLong(Measured::raw).sum();
        long good = ms.stream().filter(m -> m.values() == 0 || m.ok() >= 0.99 * m.values()).count();
        Map<String, Long> kinds = new TreeMap<>();
        ms.forEach(m -> kinds.merge(m.example().kind(), 1L, Long::sum));
        String k = kinds.isEmpty() ? "" : kinds.toString().replace(" ", "").replace("{", "").replace("}", "");
        String not = (skipped > 0 ? skipped + " on guide pages " : "") + (unparseable > 0 ? unparseable + " not JSON " : "")
                + (excluded > 0 ? excluded + " pages left out" : "");
        return String.format(Locale.ROOT, "  %-28s %5d %8d %-30s %7d %6.1f%% %6.1f%% %4d of %-3d  %s%s", name, pages, ms.size(), k, values,
                pct(typed, values), pct(ok, values), good, ms.size(), not.strip(),
                raw > 0 ? " (" + raw + " OK values are free-form Object)" : "");
    }

    private static double pct(long a, long b) {
        return b == 0 ? 100.0 : 100.0 * a / b;
    }
}
