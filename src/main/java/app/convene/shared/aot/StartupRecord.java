package app.convene.shared.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time went (decision 0052), for a start that cannot serve the actuator's {@code startup} endpoint
 * (a Spring-AOT-processed one: the endpoint's presence is fixed at build time): with
 * {@code -Dconvene.startup.record=true -Dconvene.startup.record.file=<path>}, the recorded steps are written to that
 * file once the application has started, one a line: id, parent id (-1: none), duration in nanoseconds, name, subject.
 */
public final class StartupRecord {

    private StartupRecord() {
    }

    public static void write(BufferingApplicationStartup startup, Path file) {
        List<String> lines = new ArrayList<>();
        startup.getBufferedTimeline().getEvents().forEach(event -> {
            StartupStep step = event.getStartupStep();
            String subject = "";
            for (StartupStep.Tag tag : step.getTags()) {
                if (List.of("beanName", "postProcessor", "eventType").contains(tag.getKey())) {
                    subject = tag.getValue();
                }
            }
            lines.add(step.getId() + "\t" + (step.getParentId() == null ? -1 : step.getParentId()) + "\t"
                    + event.getDuration().toNanos() + "\t" + step.getName() + "\t" + subject.replaceAll("\\s", " "));
        });
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
