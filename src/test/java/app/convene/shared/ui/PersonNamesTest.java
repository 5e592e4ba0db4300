package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.FormerMember;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.support.ConveneTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** A closed account's label, stored in English, reads in the page's language; other names stay as they are. */
@ConveneTest
class PersonNamesTest extends SpringBrowserlessTest {

    @Test
    void aFormerMembersLabelIsShownInThePagesLanguage() {
        Span on = new Span();
        UI.getCurrent().add(on);
        UI.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
        assertThat(PersonNames.shown(on, FormerMember.label(1234))).isEqualTo("Antiguo miembro #1234");
        assertThat(PersonNames.shown(on, "Ana Former member #12")).isEqualTo("Ana Former member #12");
        assertThat(PersonNames.shown(on, "Former member #")).isEqualTo("Former member #");
        assertThat(PersonNames.shown(on, null)).isNull();
        UI.getCurrent().setLocale(ConveneI18NProvider.ENGLISH);
        assertThat(PersonNames.shown(on, FormerMember.label(7))).isEqualTo("Former member #7");
    }
}
