package dev.docpoet.client;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Reads one attempt's response body into bytes within the client's two bounds: its size, refused at a
 * {@code Content-Length} over the cap or counted as the bytes arrive, and the request timeout, which the JDK applies only
 * until the headers come, so that a server dripping a body could otherwise hold a call for as long as it likes.
 */
final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {
    private final long maxBytes;
    private final long deadlineNanos;
    private final Duration timeout;
    private final boolean head;

    /**
     * @param maxBytes the most bytes read; one more fails the attempt
     * @param deadlineNanos when the attempt must be over, on {@link System#nanoTime()}
     * @param timeout the request timeout that deadline comes from, for the message
     * @param head whether the request was a HEAD, whose {@code Content-Length} describes a body never sent
     */
    BoundedBody(long maxBytes, long deadlineNanos, Duration timeout, boolean head) {
        this.maxBytes = maxBytes;
        this.deadlineNanos = deadlineNanos;
        this.timeout = timeout;
        this.head = head;
    }

    /**
     * A body over the cap: the status and headers of the answer, what gave it away, and nothing of the body. It travels
     * through the JDK's futures as the cause of the attempt's failure, and {@link AttemptFailure} turns it into a
     * {@link ResponseTooLargeException} on the caller's side.
     */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient HttpHeaders headers;
        final long limit;
        final long declaredLength;

        TooLarge(int status, HttpHeaders headers, long limit, long declaredLength) {
            super("the response body is larger than " + Printable.size(limit));
            this.status = status;
            this.headers = headers;
            this.limit = limit;
            this.declaredLength = declaredLength;
        }
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        OptionalLong declared = declaredLength(info.headers());
        boolean noBody = head || info.statusCode() == 204 || info.statusCode() == 304;
        // refused before a byte is read: the subscriber fails as soon as it is subscribed
        TooLarge refusal = !noBody && declared.isPresent() && declared.getAsLong() > maxBytes
                ? new TooLarge(info.statusCode(), info.headers(), maxBytes, declared.getAsLong()) : null;
        return new Reader(info, refusal);
    }

    private static OptionalLong declaredLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length");
        } catch (NumberFormatException e) {
            // the JDK itself refuses a response it cannot frame; a stray value here is not this class's to judge
            return OptionalLong.empty();
        }
    }

    /**
     * Collects the body, counting its bytes, and cancels the exchange (which closes an HTTP/1.1 connection) at the cap or
     * at the deadline, whichever comes first.
     */
    private final class Reader implements HttpResponse.BodySubscriber<byte[]>, Deadlines.Watched {
        private final HttpResponse.ResponseInfo info;
        private final @Nullable TooLarge refusal;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        // guarded by this: the JDK calls onNext on its threads, the deadline fires on Deadlines' thread
        private final List<byte[]> chunks = new ArrayList<>();
        private long received;
        private boolean finished;
        private Flow.@Nullable Subscription subscription;

        Reader(HttpResponse.ResponseInfo info, @Nullable TooLarge refusal) {
            this.info = info;
            this.refusal = refusal;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            synchronized (this) {
                subscription = s;
            }
            if (refusal != null) {
                fail(refusal);
                return;
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                expire();
                return;
            }
            Deadlines.watch(this);
            synchronized (this) {
                if (finished) Deadlines.forget(this);
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            TooLarge over = null;
            try {
                synchronized (this) {
                    if (finished) return;
                    for (ByteBuffer b : buffers) {
                        received += b.remaining();
                        if (received > maxBytes) {
                            over = new TooLarge(info.statusCode(), info.headers(), maxBytes, -1);
                            break;
                        }
                        byte[] bytes = new byte[b.remaining()];
                        b.get(bytes);
                        chunks.add(bytes);
                    }
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                // what is read so far is let go first, so that failing has the memory it needs
                fail(e);
                return;
            }
            if (over != null) fail(over);
        }

        @Override
        public void onError(Throwable t) {
            fail(t);
        }

        @Override
        public void onComplete() {
            List<byte[]> parts;
            int size;
            synchronized (this) {
                if (finished) return;
                finished = true;
                parts = List.copyOf(chunks);
                chunks.clear();
                size = (int) received; // at most maxBytes, which the builder keeps within an array's reach
            }
            Deadlines.forget(this);
            byte[] body;
            try {
                body = new byte[size];
            } catch (OutOfMemoryError e) {
                // the chunks are unreachable once this returns, so whoever handles the error has their memory back
                result.completeExceptionally(e);
                return;
            }
            int at = 0;
            for (byte[] c : parts) {
                System.arraycopy(c, 0, body, at, c.length);
                at += c.length;
            }
            result.complete(body);
        }

        @Override
        public long deadlineNanos() {
            return deadlineNanos;
        }

        @Override
        public void expire() {
            fail(new HttpTimeoutException("the response did not end within the request timeout of " + Printable.duration(timeout)
                    + " (" + Printable.size(received()) + " of its body read)"));
        }

        private synchronized long received() {
            return received;
        }

        /** Ends the body with {@code why}, once; the exchange is cancelled outside the lock, as the JDK may call back. */
        private void fail(Throwable why) {
            Flow.Subscription s;
            synchronized (this) {
                if (finished) return;
                finished = true;
                chunks.clear();
                s = subscription;
            }
            Deadlines.forget(this);
            if (s != null) s.cancel();
            result.completeExceptionally(why);
        }
    }
}
