package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.i18n.ConveneI18NProvider;
import com.vaadin.flow.server.SystemMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The texts shown when the page loses its session, in the person's language; never "cookies disabled". */
class SessionMessagesTest {

    private final SessionMessages messages = new SessionMessages(new ConveneI18NProvider());

    @Test
    void aMissingSessionCookieSaysTheSessionEndedInEnglishAndSpanish() {
        SystemMessages english = messages.messages(Locale.forLanguageTag("en-US"));
        assertThat(english.getCookiesDisabledCaption()).isEqualTo("Your session ended.");
        assertThat(english.getCookiesDisabledMessage()).startsWith("What you typed is kept in this browser; sign in again");
        assertThat(english.getSessionExpiredMessage()).isEqualTo(english.getCookiesDisabledMessage());
        assertThat(english.isSessionExpiredNotificationEnabled()).as("not a silent reload").isTrue();
        assertThat(english.getCookiesDisabledURL()).as("reload: sign in again and come back").isNull();

        SystemMessages spanish = messages.messages(Locale.forLanguageTag("es-MX"));
        assertThat(spanish.getSessionExpiredCaption()).isEqualTo("Su sesión terminó.");
        assertThat(spanish.getInternalErrorMessage()).contains("No se perdió nada");
    }
}
