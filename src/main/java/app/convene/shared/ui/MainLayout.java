package app.convene.shared.ui;

import app.convene.shared.SiteIdentity;
import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.mail.LocalMailbox;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The frame of every page: a skip link, the header with the brand and the language switch, the
 * main landmark that views render into, and a footer. The language chosen stays for the session.
 * Built once per UI and kept across navigations (a new one only when the language is switched).
 */
@AnonymousAllowed // it frames public pages; each view declares who may open it
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final List<HeaderPart> headerParts;
    private Anchor demoMail;
    private final Anchor brand;
    private final SiteSettings site;
    private final Span footerText;
    private final Span contact;
    private Shown shown;
    private Long shownInitiative;
    private String shownSiteName;
    private String shownContact;

    public MainLayout(List<HeaderPart.Factory> headerPartFactories,
                      ObjectProvider<LocalMailbox> mailbox, SiteSettings site) {
        this.site = site;
        headerParts = headerPartFactories.stream().map(HeaderPart.Factory::create).toList();
        addClassName("cv-app");

        Anchor skip = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skip.addClassName("cv-skip-link");

        brand = new Anchor("", site.siteName());
        brand.addClassName("cv-brand");

        Div tools = new Div(languageSwitch());
        tools.addClassName("cv-header-tools");
        headerParts.forEach(part -> tools.add(part.component()));
        Header header = new Header(brand, tools);
        header.addClassName("cv-header");

        main.setId("main-content");
        main.addClassName("cv-main");
        main.getElement().setAttribute("tabindex", "-1");

        footerText = new Span();
        contact = new Span();
        contact.addClassName("cv-footer-contact");
        Footer footer = new Footer(footerText, contact);
        if (mailbox.getIfAvailable() != null) {
            demoMail = new Anchor("demo/mailbox", getTranslation("mailbox.title"));
            demoMail.addClassName("cv-footer-link");
            demoMail.setVisible(false);
            footer.add(demoMail);
        }
        footer.addClassName("cv-footer");

        add(skip, header, main, footer);
    }

    private Component languageSwitch() {
        Select<Locale> language = new Select<>();
        language.addClassName("cv-language");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(ConveneI18NProvider.LOCALES);
        // Each language is named in itself, so a reader finds theirs whatever is shown now.
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(ConveneI18NProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null
                    && !Objects.equals(event.getValue(), event.getOldValue())) {
                switchTo(event.getValue());
            }
        });
        return language;
    }

    /**
     * Keeps the language for the session and renders the current page again in it. The HTTP session
     * keeps it too, so that the sign-in page (outside Vaadin) asks Keycloak for the same language.
     */
    static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinSession.getCurrent().getSession().setAttribute(ConveneI18NProvider.CHOSEN_LANGUAGE, locale.toLanguageTag());
        UI.getCurrent().refreshCurrentRoute(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // Vaadin's connection indicator speaks the reader's language too: the reconnect configuration sets its
        // "reconnecting" and "offline" texts; its "online" text is set on the indicator itself.
        ui.getReconnectDialogConfiguration().setDialogText(getTranslation("layout.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("layout.offline"));
        // The document's language follows the UI's, for screen readers and hyphenation.
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                // The indicator is a status message: a live region, so it is not content outside the landmarks.
                const element = document.querySelector('vaadin-connection-indicator');
                if (element) {
                  element.setAttribute('role', 'status');
                }
                // So is Vaadin's "session ended" notice, which the client adds to the page by itself.
                if (!window.cvSystemErrors) {
                  window.cvSystemErrors = new MutationObserver(() => document.querySelectorAll(
                      '.v-system-error:not([role])').forEach(e => e.setAttribute('role', 'alert')));
                  window.cvSystemErrors.observe(document.body, {childList: true});
                }
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) {
                  indicator.onlineText = $1;
                  indicator.reconnectingText = $2;
                  indicator.offlineText = $3;
                }""", ConveneI18NProvider.supported(ui.getLocale()).getLanguage(), getTranslation("layout.online"),
                getTranslation("layout.reconnecting"), getTranslation("layout.offline"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Long initiativeId = event.getActiveChain().stream()
                .filter(InitiativeScoped.class::isInstance)
                .map(view -> ((InitiativeScoped) view).initiativeId())
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        Shown now = new Shown(signedIn(), getLocale());
        // The header is built once; its parts are told only what changed since the last navigation (decision 0046).
        if (!now.equals(shown)) {
            shown = now;
            headerParts.forEach(part -> part.showReader(initiativeId));
            shownSiteName = null;
            shownContact = null;
        } else if (!Objects.equals(initiativeId, shownInitiative)) {
            headerParts.forEach(part -> part.showInitiative(initiativeId));
        }
        shownInitiative = initiativeId;
        // Read at each navigation (administrators may rename the site or change its contact meanwhile; the page
        // title reads the name anyway), but the page changes only when they did.
        showSite(site.siteName(), site.contactAddress());
        if (demoMail != null) {
            // Only administrators on loopback see the demo mailbox (checked at each navigation).
            demoMail.setVisible(MailboxAccess.allowsCurrent());
        }
    }

    /** Who the header was last shown for: the signed-in principal (null: a visitor) and the language. */
    private record Shown(Object principal, Locale locale) {
    }

    private static Object signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getPrincipal();
    }

    /** The site's name in the header and footer, and the contact address when set (a mail link for a mailbox). */
    private void showSite(String name, String contactAddress) {
        if (!name.equals(shownSiteName)) {
            brand.setText(name);
            footerText.setText(getTranslation("layout.footer", name));
            shownSiteName = name;
        }
        String address = SiteIdentity.contact(contactAddress).orElse("");
        if (address.equals(shownContact)) {
            return;
        }
        shownContact = address;
        contact.removeAll();
        if (!address.isEmpty()) {
            contact.add(new Span(getTranslation("layout.contact") + " "));
            contact.add(SiteIdentity.contactLink(contactAddress).<Component>map(href -> {
                Anchor link = new Anchor(href, address);
                link.setId("site-contact");
                link.addClassName("cv-footer-link");
                return link;
            }).orElseGet(() -> new Span(address)));
        }
        contact.setVisible(!address.isEmpty());
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
