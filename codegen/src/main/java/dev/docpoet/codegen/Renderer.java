package dev.docpoet.codegen;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JavaPoet files of one generation into text as they are made. Rendering is JavaPoet's two passes over each
 * file, about half of the generator's CPU: on spare cores it overlaps the planning and writing of the next files, and
 * each file's tree can be collected as soon as its text exists. The order of the results is the order of
 * {@link #add}, whichever thread rendered what, so the output does not depend on timing.
 */
final class Renderer implements AutoCloseable {
    /** Files waiting for a renderer; beyond that the writing thread renders itself, so trees never pile up. */
    private static final int QUEUE = 64;
    private static final int MAX_THREADS = 3;

    private final @Nullable ThreadPoolExecutor pool;
    private final List<Future<GeneratedFile>> rendered = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    Renderer() {
        int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors() - 1);
        if (threads <= 0) {
            pool = null;
            return;
        }
        pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "docpoet-render");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void add(GeneratedFile.Kind kind, JavaFile file) {
        names.add(file.typeSpec().name());
        if (pool != null) {
            try {
                rendered.add(pool.submit(() -> GeneratedFile.render(kind, file)));
                return;
            } catch (OutOfMemoryError noThread) {
                // "unable to create native thread" in a busy build JVM: this thread renders (a full heap fails again here)
            }
        }
        rendered.add(java.util.concurrent.CompletableFuture.completedFuture(GeneratedFile.render(kind, file)));
    }

    /** The simple names of the files added so far, known before they are rendered. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** Every file added, rendered, in the order added; an error while rendering is thrown here as it was. */
    List<GeneratedFile> finish() {
        List<GeneratedFile> files = new ArrayList<>(rendered.size());
        boolean interrupted = false;
        for (Future<GeneratedFile> f : rendered) {
            while (true) {
                try {
                    files.add(f.get());
                    break;
                } catch (InterruptedException e) {
                    // a render is short: finish it rather than lose a file, and tell the caller afterwards
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return files;
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
