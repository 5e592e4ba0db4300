package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Decision 0047: work run under another context leaves a pooled thread as it found it, with Vaadin's own holder
 * strategy (the session's context first, then the thread's). Found when anonymous visitors in a browser test were
 * served as the committee member whose request had run such work on the same Tomcat thread.
 */
class SecurityContextsTest {

    private final SecurityContextHolderStrategy vaadins = new VaadinAwareSecurityContextHolderStrategy();
    private SecurityContextHolderStrategy before;

    @BeforeEach
    void installVaadinsStrategy() {
        before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(vaadins);
    }

    @AfterEach
    void putBack() {
        vaadins.clearContext();
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void theSessionsPersonDoesNotStayOnTheThreadForTheNextAnonymousRequest() {
        VaadinSession.setCurrent(sessionOf(signedIn("Jordan Ellis")));
        assertThat(name()).isEqualTo("Jordan Ellis");

        String inside = SecurityContexts.with(contextOf(signedIn("system")), () -> "ran");

        assertThat(inside).isEqualTo("ran");
        assertThat(name()).as("the session still answers for its own request").isEqualTo("Jordan Ellis");
        VaadinSession.setCurrent(null); // the request ends; the next one on this thread is a visitor's
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody is signed in").isNull();
    }

    @Test
    void theThreadsOwnContextComesBackAndNestedWorkSeesItsOwn() {
        vaadins.setContext(contextOf(signedIn("Ana Ruiz")));

        String seen = SecurityContexts.with(contextOf(signedIn("system")), () -> name() + " then "
                + SecurityContexts.with(contextOf(signedIn("Ben Ortiz")), this::name) + " then " + name());

        assertThat(seen).isEqualTo("system then Ben Ortiz then system");
        assertThat(name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void anEmptyThreadStaysEmptyEvenWhenTheWorkFails() {
        try {
            SecurityContexts.with(contextOf(signedIn("system")), () -> {
                throw new IllegalStateException("failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("failed");
        }
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void workRunAsTheSystemInsideASignedInRequestRunsAsTheSystem() {
        VaadinSession.setCurrent(sessionOf(signedIn("Jordan Ellis")));

        String inside = SecurityContexts.with(contextOf(signedIn("system")), () -> currentName() + " then "
                + SecurityContexts.with(contextOf(signedIn("Ben Ortiz")), this::currentName) + " then " + currentName());

        assertThat(inside).as("Vaadin's strategy alone would answer Jordan Ellis three times")
                .isEqualTo("system then Ben Ortiz then system");
        assertThat(name()).isEqualTo("Jordan Ellis");
        assertThat(currentName()).as("outside the work, the request's person").isEqualTo("Jordan Ellis");
    }

    @Test
    void aContextSetOnTheThreadInsideTheWorkWinsOverTheWorks() {
        String inside = SecurityContexts.with(contextOf(signedIn("system")), () -> {
            vaadins.setContext(contextOf(signedIn("Ana Ruiz")));
            return currentName();
        });

        assertThat(inside).isEqualTo("Ana Ruiz");
        assertThat(SecurityContexts.current().getAuthentication()).isNull();
    }

    private String currentName() {
        return SecurityContexts.current().getAuthentication().getName();
    }

    private String name() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static Authentication signedIn(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
    }

    private static SecurityContext contextOf(Authentication authentication) {
        return new SecurityContextImpl(authentication);
    }

    private static VaadinSession sessionOf(Authentication person) {
        MockHttpSession http = new MockHttpSession();
        http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, contextOf(person));
        WrappedSession wrapped = new WrappedHttpSession(http);
        return new VaadinSession(null) {
            @Override
            public WrappedSession getSession() {
                return wrapped;
            }
        };
    }
}
