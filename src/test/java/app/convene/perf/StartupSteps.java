package app.convene.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Where a start's time went (decision 0052): the steps Spring recorded ({@code BufferingApplicationStartup}, switched on
 * by {@code -Dconvene.startup.record=true}, read from the actuator's {@code startup} endpoint), each with its own time:
 * its duration less that of the steps inside it (a bean's creation less the creation of the beans it needed).
 */
record StartupSteps(List<Step> steps) {

    record Step(long id, long parent, String name, String subject, long ms, long selfMs) {
    }

    static StartupSteps parse(String json) {
        JsonNode events = new ObjectMapper().readTree(json).path("timeline").path("events");
        List<Step> raw = new ArrayList<>();
        Map<Long, Long> children = new HashMap<>();
        for (JsonNode event : events) {
            JsonNode step = event.path("startupStep");
            long ms = Duration.parse(event.path("duration").asString()).toMillis();
            long parent = step.path("parentId").isMissingNode() || step.path("parentId").isNull()
                    ? -1 : step.path("parentId").asLong();
            children.merge(parent, ms, Long::sum);
            raw.add(new Step(step.path("id").asLong(), parent, step.path("name").asString(), subject(step), ms, 0));
        }
        List<Step> steps = raw.stream()
                .map(s -> new Step(s.id(), s.parent(), s.name(), s.subject(), s.ms(),
                        s.ms() - children.getOrDefault(s.id(), 0L)))
                .toList();
        return new StartupSteps(steps);
    }

    /** The lines a start wrote with {@code -Dconvene.startup.record.file} (app.convene.shared.aot.StartupRecord). */
    static StartupSteps parseLines(List<String> lines) {
        List<Step> raw = new ArrayList<>();
        Map<Long, Long> children = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            long ms = Duration.ofNanos(Long.parseLong(f[2])).toMillis();
            long parent = Long.parseLong(f[1]);
            children.merge(parent, ms, Long::sum);
            raw.add(new Step(Long.parseLong(f[0]), parent, f[3], f[4], ms, 0));
        }
        return new StartupSteps(raw.stream().map(s -> new Step(s.id(), s.parent(), s.name(), s.subject(), s.ms(),
                s.ms() - children.getOrDefault(s.id(), 0L))).toList());
    }

    private static String subject(JsonNode step) {
        for (JsonNode tag : step.path("tags")) {
            String key = tag.path("key").asString();
            if (key.equals("beanName") || key.equals("postProcessor") || key.equals("eventType")) {
                return tag.path("value").asString();
            }
        }
        return "";
    }

    List<Step> slowestOwnTime(int count) {
        return steps.stream().sorted(Comparator.comparingLong(Step::selfMs).reversed()).limit(count).toList();
    }

    /** The whole context refresh, or the longest top-level step. */
    long totalMs() {
        return steps.stream().filter(s -> s.parent() < 0).mapToLong(Step::ms).sum();
    }

    /** Own time summed per step name (e.g. all bean instantiations together). */
    Map<String, Long> ownTimeByName() {
        Map<String, Long> byName = new HashMap<>();
        steps.forEach(s -> byName.merge(s.name(), s.selfMs(), Long::sum));
        return byName;
    }
}
