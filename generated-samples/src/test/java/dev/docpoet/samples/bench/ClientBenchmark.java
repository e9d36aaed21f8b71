package dev.docpoet.samples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import dev.docpoet.samples.helpdesk.HelpdeskClient;
import dev.docpoet.samples.helpdesk.Ticket;
import dev.docpoet.samples.helpdesk.TicketGetParams;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One call through the generated client against the same call written by hand on {@code java.net.http} and Jackson
 * (the same record, headers and checks), both against one local server; prints the ratio. Not a test: run it with
 * {@code mvn -q -pl generated-samples test-compile exec:exec@bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true") // else Nagle and delayed ACKs make every call ~40 ms
public class ClientBenchmark {
    private static final String TICKET = "{\"_id\":\"64f1c0de9a1b2c3d4e5f6a7b\",\"id\":\"T-1042\",\"subject\":\"Printer on floor 3 jams\","
            + "\"priority\":\"urgent\",\"requester\":{\"name\":\"Ada Byron\",\"email\":\"ada@example.org\"},\"replies\":[{\"channel\":\"email\","
            + "\"body\":\"We are sending a technician.\",\"sentAt\":\"2025-03-04T09:15:00Z\"}],\"tags\":[\"hardware\"],"
            + "\"createdAt\":\"2025-03-04T08:00:00Z\"}";

    private HttpServer server;
    private HelpdeskClient generated;
    private HttpClient http;
    private ObjectMapper mapper;
    private URI base;

    @Setup(Level.Trial)
    public void start() throws Exception {
        byte[] body = TICKET.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        generated = HelpdeskClient.builder().baseUri(base).bearerToken("tok").build();
        http = HttpClient.newHttpClient();
        mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
    }

    @Benchmark
    public Ticket generatedClient() {
        return generated.tickets().get("T-1042", TicketGetParams.builder().xTenantId("acme").build());
    }

    @Benchmark
    public Ticket handWritten() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/tickets/" + URLEncoder.encode("T-1042", StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Authorization", "Bearer tok").header("x-tenant-id", "acme")
                .header("Helpdesk-Version", "2025-01-01.beta").timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IllegalStateException("status " + response.statusCode());
        return mapper.readValue(response.body(), Ticket.class);
    }

    /**
     * Runs the two benchmarks alternately, {@code args[0]} rounds (default 6) of one fork each, and prints each round's
     * ratio and the medians: a busy machine's noise then falls on both sides alike instead of on whichever ran second.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<Double> generatedUs = new ArrayList<>();
        List<Double> handUs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            // each side goes first every other round: what runs first on a busy machine is not always the same side
            double g;
            double h;
            if (i % 2 == 1) {
                g = score("generatedClient");
                h = score("handWritten");
            } else {
                h = score("handWritten");
                g = score("generatedClient");
            }
            generatedUs.add(g);
            handUs.add(h);
            ratios.add(g / h);
            System.out.printf("round %d: generated client %.1f µs/call, hand-written %.1f µs/call, ratio %.2f×%n", i, g, h, g / h);
        }
        System.out.printf("%nmedians of %d alternating rounds: generated client %.1f µs/call, hand-written %.1f µs/call, ratio %.2f×%n",
                rounds, median(generatedUs), median(handUs), median(ratios));
    }

    private static double score(String benchmark) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(ClientBenchmark.class.getName() + "." + benchmark + "$")
                .warmupIterations(5).warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(1).verbosity(VerboseMode.SILENT).build()).run();
        return results.iterator().next().getPrimaryResult().getScore();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
