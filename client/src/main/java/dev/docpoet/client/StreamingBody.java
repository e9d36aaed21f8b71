package dev.docpoet.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * How a call whose success body is a stream (server-sent events, a download) reads its answer: a 2xx body is handed
 * out at once as an {@link InputStream} that fetches the next piece only when the reader has used the last one, so that
 * no more than one network read is ever held however long the body; an error status's body is read whole, within the
 * client's cap and request timeout, as for any call ({@link BoundedBody}), and handed out as bytes.
 */
final class StreamingBody implements HttpResponse.BodyHandler<InputStream> {
    private final BoundedBody errors;

    /** @param errors how an error status's body is read */
    StreamingBody(BoundedBody errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse.BodySubscriber<InputStream> apply(HttpResponse.ResponseInfo info) {
        if (info.statusCode() >= 200 && info.statusCode() < 300) return new Pull();
        return HttpResponse.BodySubscribers.mapping(errors.apply(info), ByteArrayInputStream::new);
    }

    /**
     * The body as an input stream, pulled: one {@code request(1)} at a time, when the buffers handed over are used up.
     * {@link InputStream#close()} cancels the exchange, which closes the connection of a body not read to its end; a
     * reader blocked in {@code read} on another thread then gets an {@code IOException}.
     */
    static final class Pull implements HttpResponse.BodySubscriber<InputStream> {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final ArrayDeque<ByteBuffer> buffers = new ArrayDeque<>();
        private Flow.@Nullable Subscription subscription;
        private boolean requested;
        private boolean complete;
        private boolean closed;
        private @Nullable Throwable failure;
        private final Input input = new Input();

        @Override
        public CompletionStage<InputStream> getBody() {
            return CompletableFuture.completedFuture(input);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            boolean cancel;
            lock.lock();
            try {
                cancel = closed || subscription != null;
                if (!cancel) {
                    subscription = s;
                    requested = true;
                }
            } finally {
                lock.unlock();
            }
            if (cancel) s.cancel();
            else s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            lock.lock();
            try {
                requested = false;
                if (closed) return;
                for (ByteBuffer b : items) {
                    if (b.hasRemaining()) buffers.add(b);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onError(Throwable t) {
            lock.lock();
            try {
                failure = t;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onComplete() {
            lock.lock();
            try {
                complete = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        private final class Input extends InputStream {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) return 0;
                while (true) {
                    Flow.Subscription ask = null;
                    lock.lock();
                    try {
                        if (closed) throw new IOException("the stream is closed");
                        ByteBuffer head = buffers.peek();
                        if (head != null) {
                            int n = Math.min(len, head.remaining());
                            head.get(b, off, n);
                            if (!head.hasRemaining()) buffers.poll();
                            return n;
                        }
                        if (failure != null) throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
                        if (complete) return -1;
                        if (!requested && subscription != null) {
                            requested = true;
                            ask = subscription;
                        } else {
                            changed.await();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted while waiting for the body");
                    } finally {
                        lock.unlock();
                    }
                    // asked outside the lock: the JDK may hand the next buffers over on this very thread
                    if (ask != null) ask.request(1);
                }
            }

            @Override
            public int available() {
                lock.lock();
                try {
                    ByteBuffer head = buffers.peek();
                    return head == null ? 0 : head.remaining();
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public void close() {
                Flow.Subscription s;
                lock.lock();
                try {
                    if (closed) return;
                    closed = true;
                    buffers.clear();
                    s = complete || failure != null ? null : subscription;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                if (s != null) s.cancel();
            }
        }
    }
}
