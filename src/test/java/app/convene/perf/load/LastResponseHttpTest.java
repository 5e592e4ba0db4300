package app.convene.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 * UIDL client (a visitor, no sign-in). Also decision 0073's other paths: a UIDL body read by Vaadin's own code
 * (sent without a declared length, or longer than 64 K), and one over the configured maximum refused.
 */
// The largest UIDL body Vaadin takes (10 MB unless configured): small here, so a test can send a larger one.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.maxRequestBodySize=" + LastResponseHttpTest.MAX_BODY)
@ActiveProfiles("test")
class LastResponseHttpTest {

    static final AtomicReference<UI> LAST_UI = new AtomicReference<>();
    static final int MAX_BODY = 100_000;
    static final String INITIATIVE_PAGE = "initiatives/" + LoadBenchmark.SLUG;
    /** How the last UIDL request's body came: "length N" or "chunked". */
    static final AtomicReference<String> LAST_FRAMING = new AtomicReference<>();

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

            assertThat(LAST_UI.get().getSession().getService().getInstantiator().getClass().getSimpleName())
                    .as("Convene's instantiator makes the views (decision 0075)").isEqualTo("ViewInstantiator");
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

    @Test
    void aClickSentWithoutADeclaredLengthIsAnsweredAsAnyOther() throws Exception {
        asVisitor(visitor -> {
            showsTheInitiativePage(visitor.navigateSent(INITIATIVE_PAGE, text -> text, false));
            assertThat(LAST_FRAMING.get()).as("the body was sent in chunks").isEqualTo("chunked");
            assertThat(Uidl.texts(visitor.navigate(""))).as("and the next click").contains("Initiatives · Convene");
        });
    }

    @Test
    void aClickLongerThan64KIsReadByVaadinsOwnCodeAndAnswered() throws Exception {
        // JSON allows white space after the message: the same click, 70,000 bytes longer.
        asVisitor(visitor -> {
            showsTheInitiativePage(visitor.navigateSent(INITIATIVE_PAGE, text -> text + " ".repeat(70_000), true));
            assertThat(LAST_FRAMING.get()).startsWith("length 7");
        });
    }

    @Test
    void aClickOverTheMaximumIsRefusedAndTheUiGoesOn() throws Exception {
        asVisitor(visitor -> {
            assertThat(visitor.navigateSent(INITIATIVE_PAGE, text -> text + " ".repeat(MAX_BODY), true).statusCode())
                    .as("Vaadin's answer to a body over its maximum").isEqualTo(413);
            // The session was not left locked: the same click, sent again as usual, is answered.
            assertThat(Uidl.texts(visitor.navigate(INITIATIVE_PAGE))).contains(initiativeName() + " · Convene");
        });
    }

    interface VisitorSteps {
        void on(VirtualUser visitor) throws Exception;
    }

    /** A visitor on the home page (over HTTP/1.1, so a body without a length goes in chunks) takes these steps. */
    private void asVisitor(VisitorSteps steps) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            VirtualUser visitor = new VirtualUser(http, URI.create("http://localhost:" + port));
            visitor.open("");
            steps.on(visitor);
            visitor.leave();
        }
    }

    private void showsTheInitiativePage(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Uidl.texts(Uidl.checked(answer.body()))).contains(initiativeName() + " · Convene");
    }

    private String initiativeName() {
        return jdbc.queryForObject("select name from initiative where slug = ?", String.class, LoadBenchmark.SLUG);
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

        /** Notes how each UIDL request's body came (a declared length, or chunks). */
        @Bean
        Filter recordFraming() {
            return (request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                if ("uidl".equals(http.getParameter("v-r"))) {
                    LAST_FRAMING.set(http.getContentLengthLong() >= 0 ? "length " + http.getContentLengthLong()
                            : "chunked".equalsIgnoreCase(http.getHeader("Transfer-Encoding")) ? "chunked" : "neither");
                }
                chain.doFilter(request, response);
            };
        }
    }
}
