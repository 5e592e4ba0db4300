package app.convene.perf.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live heap an open UI holds: the heap in use after full collections, with {@code n} UIs open on a view
 * versus before they were opened, divided by {@code n}. Convene runs in this JVM, so the MemoryMXBean sees its
 * heap; the driver's own share (a few strings per user) is part of the figure and negligible.
 */
final class HeapPerUi {

    private static final boolean HISTOGRAM = Boolean.getBoolean("convene.load.heap-histogram");
    /** How many classes each {@code HEAP} table lists ({@code convene.load.heap-histogram-rows}, default 30). */
    private static final int HISTOGRAM_ROWS = Integer.getInteger("convene.load.heap-histogram-rows", 30);
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final HttpClient http;
    private final URI app;

    HeapPerUi(HttpClient http, URI app) {
        this.http = http;
        this.app = app;
    }

    /** Anonymous visitors: each a session of its own with one UI on {@code route}. In KiB. */
    double anonymous(String route, int n) throws Exception {
        return measure(visitors(n), route, false);
    }

    /**
     * Anonymous visitors who open the home page and then follow a link to {@code route}, as the crowd does: the
     * UI then also keeps the answer to that navigation (the whole view) for a resend. In KiB.
     */
    double anonymousByLink(String route, int n) throws Exception {
        return measure(visitors(n), route, true);
    }

    private List<VirtualUser> visitors(int n) {
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new VirtualUser(http, app));
        }
        return users;
    }

    /** Signed-in people (signed in before the baseline, so their sessions are not counted): one UI each. In KiB. */
    double signedIn(String route, int n, LoadSettings settings) throws Exception {
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            VirtualUser user = new VirtualUser(http, app);
            user.signIn(settings.account(i), Crowd.PASSWORD);
            users.add(user);
        }
        return measure(users, route, false);
    }

    private static double measure(List<VirtualUser> users, String route, boolean byLink) throws Exception {
        Map<String, long[]> classesBefore = HISTOGRAM ? histogram() : Map.of();
        long before = liveHeap();
        for (VirtualUser user : users) {
            if (byLink) {
                user.open("");
                user.navigate(route);
            } else {
                user.open(route);
            }
        }
        long after = liveHeap();
        if (HISTOGRAM) {
            printGrowth(route, classesBefore, histogram(), users.size());
        }
        for (VirtualUser user : users) {
            user.leave();
        }
        return (after - before) / 1024.0 / users.size();
    }

    /** Bytes and instances per class after a full collection (jcmd GC.class_histogram, in-process). */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most while the UIs were open, per UI ({@code HEAP} lines). */
    private static void printGrowth(String route, Map<String, long[]> before, Map<String, long[]> after, int uis) {
        record Growth(String type, double instances, double bytes) {
        }
        List<Growth> growth = new ArrayList<>();
        after.forEach((type, now) -> {
            long[] then = before.getOrDefault(type, new long[2]);
            growth.add(new Growth(type, (now[0] - then[0]) / (double) uis, (now[1] - then[1]) / (double) uis));
        });
        growth.sort(Comparator.comparingDouble(Growth::bytes).reversed());
        double total = growth.stream().mapToDouble(Growth::bytes).sum();
        System.out.printf(Locale.ROOT, "HEAP /%s: %.1f KiB per UI by class histogram%n", route, total / 1024);
        growth.stream().limit(HISTOGRAM_ROWS).forEach(g -> System.out.printf(Locale.ROOT, "HEAP %9.0f B %8.1f objects  %s%n",
                g.bytes(), g.instances(), g.type()));
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
