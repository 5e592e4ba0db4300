package app.convene.perf.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The signed-in virtual users, each on a virtual thread of its own: it signs in through Keycloak, opens the
 * home page, then clicks through the scenario's views in turn with think time, until the crowd stops.
 * A failed exchange is logged as an error of its view and the user opens its next page afresh.
 */
final class Crowd {

    static final String PASSWORD = "convene-demo";

    private final HttpClient http;
    private final URI app;
    private final List<View> views;
    private final LoadSettings settings;
    private final LatencyLog log;
    private final List<Thread> players = new CopyOnWriteArrayList<>();
    private final List<VirtualUser> users = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedQueue<Long> conveneSignIns = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> keycloakSignIns = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> keycloakSessionSignIns = new ConcurrentLinkedQueue<>();
    /** Per account, a user who signed in through the form: the later users sign in on its Keycloak session. */
    private final Map<String, VirtualUser> formSignedIn = new ConcurrentHashMap<>();
    final AtomicInteger signInErrors = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private volatile boolean running = true;
    private final CountDownLatch stopped = new CountDownLatch(1);

    Crowd(HttpClient http, URI app, List<View> views, LoadSettings settings, LatencyLog log) {
        this.http = http;
        this.app = app;
        this.views = views;
        this.settings = settings;
        this.log = log;
    }

    int size() {
        return users.size();
    }

    /** Signs users in (a few at a time) until {@code target} play, or the deadline passes; false if it did. */
    boolean growTo(int target, long deadlineNanos) throws InterruptedException {
        Semaphore slots = new Semaphore(settings.signInParallel());
        while (users.size() < target) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            if (signInErrors.get() > Math.max(10, target / 10)) {
                throw new IllegalStateException(signInErrors.get() + " sign-ins failed; first reasons: " + log.errorReasons());
            }
            int inFlight = started.get() - users.size() - signInErrors.get();
            if (users.size() + inFlight < target && slots.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                int number = started.getAndIncrement();
                Thread.ofVirtual().start(() -> {
                    try {
                        join(number);
                    } finally {
                        slots.release();
                    }
                });
            } else {
                Thread.sleep(20);
            }
        }
        return true;
    }

    private void join(int number) {
        VirtualUser user = new VirtualUser(http, app);
        try {
            String account = settings.account(number);
            VirtualUser signedIn = number < settings.formSignIns() ? null : formSignedIn.get(account);
            VirtualUser.SignInTimes times;
            if (signedIn == null) {
                times = user.signIn(account, PASSWORD);
                keycloakSignIns.add(times.keycloakNanos());
                formSignedIn.putIfAbsent(account, user);
            } else {
                times = user.signInOnSessionOf(signedIn);
                keycloakSessionSignIns.add(times.keycloakNanos());
            }
            conveneSignIns.add(times.conveneNanos());
            user.open("");
        } catch (Exception e) {
            signInErrors.incrementAndGet();
            log.error("sign_in", System.nanoTime(), 0, e.toString());
            return;
        }
        users.add(user);
        players.add(Thread.ofVirtual().name("load-user-" + number).start(() -> play(user, number)));
    }

    private void play(VirtualUser user, int number) {
        int next = number % views.size();
        boolean open = true;
        while (running) {
            if (!think()) {
                break;
            }
            if (open && !heartbeat(user)) {
                open = false;
                continue;
            }
            View view = views.get(next++ % views.size());
            long start = System.nanoTime();
            try {
                if (!open) {
                    user.open(view.route()); // a fresh page after an error: not timed as a click
                    open = true;
                    continue;
                }
                user.navigateExpecting(view.route(), view.marker());
                log.ok(view.name(), start, System.nanoTime() - start);
            } catch (InterruptedException e) {
                break;
            } catch (Exception e) {
                if (running) {
                    log.error(view.name(), start, System.nanoTime() - start, e.toString());
                }
                open = false;
            }
        }
    }

    /**
     * The UI's heartbeat when one is due, between two clicks as a browser's timer sends it; false (an error, under
     * "heartbeat") if it failed.
     */
    private boolean heartbeat(VirtualUser user) {
        long start = System.nanoTime();
        try {
            user.heartbeatIfDue();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            if (running) {
                log.error("heartbeat", start, System.nanoTime() - start, e.toString());
            }
            return false;
        }
    }

    /** A pause of think time (one park, woken early only when the crowd stops); false if it stopped. */
    private boolean think() {
        try {
            return !stopped.await(settings.thinkMillis(ThreadLocalRandom.current().nextDouble()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops every user after the click it is making (no request is cut off) and closes their UIs on the server. */
    void stop() throws InterruptedException {
        running = false;
        stopped.countDown();
        for (Thread player : players) {
            player.join(40_000);
        }
        for (VirtualUser user : users) {
            try {
                user.leave();
            } catch (Exception e) {
                // the run is over; a UI that cannot be unloaded expires with its heartbeat
            }
        }
    }
}
