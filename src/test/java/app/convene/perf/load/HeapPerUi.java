package app.convene.perf.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The live heap an open UI holds: the heap in use after full collections, with {@code n} UIs open on a view
 * versus before they were opened, divided by {@code n}. Convene runs in this JVM, so the MemoryMXBean sees its
 * heap; the driver's own share (a few strings per user) is part of the figure and negligible.
 */
final class HeapPerUi {

    private final HttpClient http;
    private final URI app;

    HeapPerUi(HttpClient http, URI app) {
        this.http = http;
        this.app = app;
    }

    /** Anonymous visitors: each a session of its own with one UI on {@code route}. In KiB. */
    double anonymous(String route, int n) throws Exception {
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new VirtualUser(http, app));
        }
        return measure(users, route);
    }

    /** Signed-in people (signed in before the baseline, so their sessions are not counted): one UI each. In KiB. */
    double signedIn(String route, int n, LoadSettings settings) throws Exception {
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            VirtualUser user = new VirtualUser(http, app);
            user.signIn(settings.account(i), Crowd.PASSWORD);
            users.add(user);
        }
        return measure(users, route);
    }

    private static double measure(List<VirtualUser> users, String route) throws Exception {
        long before = liveHeap();
        for (VirtualUser user : users) {
            user.open(route);
        }
        long after = liveHeap();
        for (VirtualUser user : users) {
            user.leave();
        }
        return (after - before) / 1024.0 / users.size();
    }

    static long liveHeap() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
