package app.convene.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19, decision 0051: an open UI does not keep the text of its last answer. Vaadin keeps it to send it again
 * when the client repeats its last request; after a navigation it is the whole view, and one character outside
 * Latin-1 doubles it (an initiative page's ~112 KiB). Convene keeps it deflated; a repeated request still gets the
 * same answer, and the UI goes on. Not a perf test: it runs with {@code mvn test}, through the load driver's
 * UIDL client (a visitor, no sign-in).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LastResponseHttpTest {

    static final AtomicReference<UI> LAST_UI = new AtomicReference<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aUiKeepsNoTextOfItsLastAnswerAndARepeatedRequestGetsTheSameAnswer() throws Exception {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            VirtualUser visitor = new VirtualUser(http, URI.create("http://localhost:" + port));
            visitor.open("");
            String route = "initiatives/" + LoadBenchmark.SLUG;
            JsonNode answer = visitor.navigate(route);
            String texts = Uidl.texts(answer);
            String name = jdbc.queryForObject("select name from initiative where slug = ?", String.class,
                    LoadBenchmark.SLUG);
            assertThat(texts).as("the initiative page was rendered").contains(name + " · Convene");
            assertThat(answer.toString().length()).as("a view's answer is large").isGreaterThan(10_000);

            String kept = keptText(LAST_UI.get());
            assertThat(kept).as(() -> "the UI keeps its last answer as text (%d characters; %s)"
                    .formatted(kept.length(), widest(kept))).isNull();

            JsonNode again = visitor.repeatLast();
            assertThat(again).as("the repeated request gets the very same answer").isEqualTo(answer);
            assertThat(keptText(LAST_UI.get())).as("and the UI keeps no text of it afterwards either").isNull();

            JsonNode home = visitor.navigate("");
            assertThat(Uidl.texts(home)).as("the UI goes on after the repeat").contains("Initiatives · Convene");
            visitor.leave();
        }
    }

    private static String keptText(UI ui) {
        assertThat(ui).as("a UI was created").isNotNull();
        ui.getSession().lock();
        try {
            return ui.getInternals().getLastRequestResponse();
        } finally {
            ui.getSession().unlock();
        }
    }

    /** The first character outside Latin-1 (which makes Java keep the whole string at two bytes a character). */
    static String widest(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return "U+%04X '%c' at %d, so two bytes a character".formatted((int) c, c, i);
            }
        }
        return "all Latin-1";
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordUis {

        @Bean
        VaadinServiceInitListener recordUis() {
            return event -> event.getSource().addUIInitListener(created -> LAST_UI.set(created.getUI()));
        }
    }
}
