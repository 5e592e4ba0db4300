package app.convene;

import app.convene.shared.aot.AotSettings;
import app.convene.shared.aot.StartupRecord;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
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
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/convene.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Server push (websocket, falling back to long polling): new notices and draft presence reach open pages (decision 0036).
@Push
public class ConveneApplication implements AppShellConfigurator {

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
