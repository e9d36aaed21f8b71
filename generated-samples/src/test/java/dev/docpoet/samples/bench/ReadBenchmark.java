package dev.docpoet.samples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docpoet.samples.helpdesk.Ticket;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Reading a body into today's generated records (tolerant: Jackson hands each object over untyped, the record reads
 * its values) against the same records as generated before (Jackson bound every component to its type), with one plain
 * Jackson 2 mapper; prints the ratio per body. Not a test: run it with
 * {@code mvn -q -pl generated-samples test-compile exec:exec@bench-read}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ReadBenchmark {
    private static final String REPLY = "{\"channel\":\"email\",\"body\":\"We are sending a technician to floor 3 today.\","
            + "\"sentAt\":\"2025-03-04T09:15:00Z\"}";

    /** The docs' example (one reply), or a long thread (50 replies). */
    @Param({"1", "50"})
    public int replies;

    private byte[] json;
    private ObjectReader today;
    private ObjectReader before;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder("{\"_id\":\"64f1c0de9a1b2c3d4e5f6a7b\",\"id\":\"T-1042\",\"subject\":\"Printer on floor 3 jams\","
                + "\"priority\":\"urgent\",\"requester\":{\"name\":\"Ada Byron\",\"email\":\"ada@example.org\"},\"replies\":[");
        for (int i = 0; i < replies; i++) sb.append(i == 0 ? "" : ",").append(REPLY);
        json = sb.append("],\"tags\":[\"hardware\",\"floor-3\"],\"createdAt\":\"2025-03-04T08:00:00Z\"}")
                .toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        today = mapper.readerFor(Ticket.class);
        before = mapper.readerFor(dev.docpoet.samples.bench.before.Ticket.class);
    }

    @Benchmark
    public Object today() throws Exception {
        return today.readValue(json);
    }

    @Benchmark
    public Object before() throws Exception {
        return before.readValue(json);
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(ReadBenchmark.class.getName()).build()).run();
        Map<String, double[]> byBody = new TreeMap<>();
        for (RunResult r : results) {
            double[] pair = byBody.computeIfAbsent(r.getParams().getParam("replies"), k -> new double[2]);
            pair[r.getParams().getBenchmark().endsWith("today") ? 0 : 1] = r.getPrimaryResult().getScore();
        }
        byBody.forEach((n, p) -> System.out.printf("%s repl%s: today %.2f µs/read, before %.2f µs/read, ratio %.2f×%n", n,
                n.equals("1") ? "y" : "ies", p[0], p[1], p[0] / p[1]));
    }
}
