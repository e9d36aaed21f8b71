package dev.docpoet.bench;

import dev.docpoet.corpus.SharedCorpus;
import dev.docpoet.parse.DocParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parse throughput over the shared corpus (or any folder given as argument), in MB/s: warm-up rounds, then the
 * median of timed rounds. Not a test; run it with the command in the README.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : SharedCorpus.locate().orElse(null);
        if (root == null) {
            System.out.println("no corpus: pass a folder of doc pages, or put ../shared/corpus beside the repository");
            return;
        }
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (Path p : SharedCorpus.pages(root)) {
            byte[] b = Files.readAllBytes(p);
            bytes += b.length;
            names.add(p.toString());
            texts.add(new String(b, StandardCharsets.UTF_8));
        }
        int warmups = 10, rounds = 15;
        double[] mbPerSec = new double[rounds];
        long sink = 0;
        for (int r = -warmups; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) sink += DocParser.parse(names.get(i), texts.get(i)).endpoints().size();
            long t1 = System.nanoTime();
            if (r >= 0) mbPerSec[r] = bytes / 1e6 / ((t1 - t0) / 1e9);
        }
        Arrays.sort(mbPerSec);
        System.out.printf("parse: %d pages, %.2f MB; median %.1f MB/s (min %.1f, max %.1f) over %d rounds [%d]%n",
                texts.size(), bytes / 1e6, mbPerSec[rounds / 2], mbPerSec[0], mbPerSec[rounds - 1], rounds, sink % 10);
    }
}
