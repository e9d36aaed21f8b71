package dev.docpoet.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on 127.0.0.1 that writes its answers byte by byte, for the faults {@link TestServer} cannot
 * make: a body dripped forever, a body without end, a length that is a lie. It reads each request's head, then hands the
 * socket's output to the handler; a write that fails because the client went away counts down {@link #dropped}.
 */
final class RawServer implements AutoCloseable {
    /** Writes one answer, for as long as it likes; an {@code IOException} means the client closed the connection. */
    interface Handler {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    /** Counted down when a client goes away while an answer is being written. */
    final CountDownLatch dropped = new CountDownLatch(1);

    RawServer(Handler handler) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    open.add(s);
                    threads.execute(() -> serve(s, handler));
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    private void serve(Socket s, Handler handler) {
        try (s) {
            // each write its own segment, so that a test's split writes reach the client as written
            s.setTcpNoDelay(true);
            readHead(s.getInputStream());
            requests.incrementAndGet();
            OutputStream out = s.getOutputStream();
            handler.answer(out);
            out.flush();
        } catch (IOException e) {
            dropped.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request line and headers, up to the blank line (the tests send no bodies). */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    String uri() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The status line and headers of an answer, with the blank line that ends them. */
    static byte[] head(String statusLine, String... headers) {
        StringBuilder b = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
        for (String h : headers) b.append(h).append("\r\n");
        return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) s.close();
        threads.shutdownNow();
    }
}
