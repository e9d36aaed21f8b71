package dev.docpoet.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Ends the response bodies whose request timeout has passed. One daemon thread looks at the bodies being read a few
 * times a second, so that a call costs an add to and a remove from a set, never a wake of another thread (a timer
 * armed and cancelled per call cost a context switch each, which showed on a small machine); it leaves after a minute
 * without bodies. A deadline is met to within {@link #TICK_MILLIS}, which is nothing next to a timeout of seconds.
 */
final class Deadlines {
    /** How often the bodies are looked at. */
    static final long TICK_MILLIS = 50;
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** A body being read, with when it must be over. */
    interface Watched {
        /** When it must be over, on {@link System#nanoTime()}. */
        long deadlineNanos();

        /** Ends it: the deadline has passed. */
        void expire();
    }

    private static final Set<Watched> ACTIVE = ConcurrentHashMap.newKeySet();
    private static final Object LOCK = new Object();
    private static boolean running; // guarded by LOCK

    private Deadlines() {}

    static void watch(Watched w) {
        ACTIVE.add(w);
        synchronized (LOCK) {
            if (running) return;
            running = true;
        }
        try {
            Thread t = new Thread(Deadlines::run, "docpoet-client-deadlines");
            t.setDaemon(true);
            t.start();
        } catch (RuntimeException | Error e) {
            // no thread (the JVM is out of them): the next body tries again
            synchronized (LOCK) {
                running = false;
            }
            throw e;
        }
    }

    static void forget(Watched w) {
        ACTIVE.remove(w);
    }

    /** The thread's body: whatever ends it, the next body watched starts another. */
    private static void run() {
        try {
            loop();
        } finally {
            synchronized (LOCK) {
                running = false;
            }
        }
    }

    private static void loop() {
        long idleSince = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                // nobody interrupts this thread but a JVM shutting down: the bodies end with their calls then
                return;
            }
            long now = System.nanoTime();
            if (ACTIVE.isEmpty()) {
                if (now - idleSince < IDLE_NANOS) continue;
                synchronized (LOCK) {
                    // a body watched meanwhile finds running still true and counts on this thread: it stays
                    if (ACTIVE.isEmpty()) {
                        running = false;
                        return;
                    }
                }
            }
            idleSince = now;
            for (Watched w : ACTIVE) {
                if (now - w.deadlineNanos() >= 0) {
                    ACTIVE.remove(w);
                    try {
                        w.expire();
                    } catch (RuntimeException | Error e) {
                        // one body's failure to end must not stop the others' deadlines
                    }
                }
            }
        }
    }
}
