package app.convene;

import app.convene.shared.aot.AotSettings;
import app.convene.shared.aot.StartupRecord;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Convene: the planning portal of a regional workforce-equity coalition.
 * Feature modules are the direct sub-packages of this package (see docs/decisions).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// What Vaadin scans at start for routes, error views and the app shell (ConveneShell): the views' packages, not all of
// Convene's 1,550 classes, which cost about a second of every start (decision 0058; VaadinScanPackagesTest keeps the
// list whole).
@EnableVaadin({"app.convene.shared.ui", "app.convene.security.ui", "app.convene.initiatives.ui",
        "app.convene.stakeholders.ui", "app.convene.workgroups.ui", "app.convene.recommendations.ui",
        "app.convene.implementation.ui", "app.convene.indicators.ui", "app.convene.convenings.ui",
        "app.convene.timeline.ui", "app.convene.library.ui", "app.convene.notifications.ui",
        "app.convene.analytics.ui"})
public class ConveneApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ConveneApplication.class);
        // A Spring-AOT-processed start (-Dspring.aot.enabled=true) whose settings differ from the build's is refused.
        application.addListeners(new AotSettings());
        BufferingApplicationStartup recording = null;
        if (Boolean.getBoolean("convene.startup.record")) {
            // Where the start-up time goes (decision 0052): each step (bean creation, context refresh, …) with its
            // duration, served by the actuator's `startup` endpoint when it is exposed. Off by default.
            recording = new BufferingApplicationStartup(20_000);
            application.setApplicationStartup(recording);
        }
        application.run(args);
        String file = System.getProperty("convene.startup.record.file");
        if (recording != null && file != null) {
            StartupRecord.write(recording, Path.of(file));
        }
    }
}
