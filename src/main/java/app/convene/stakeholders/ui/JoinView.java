package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.stakeholders.NewRegistration;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.RegistrationClosedException;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.RegistrationSettings;
import app.convene.stakeholders.RegistrationSettingsService;
import app.convene.stakeholders.TooManyRegistrationsException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Join this initiative": the public registration form. Checked on the server field by field; a
 * message stands next to each field that needs attention and nothing typed is lost.
 */
@Route(value = "initiatives/:slug/join", layout = MainLayout.class)
@AnonymousAllowed
class JoinView extends InitiativePage {

    private static final Logger log = LoggerFactory.getLogger(JoinView.class);

    private final RegistrationService registrations;
    private final OrganizationService organizations;
    private final Validator validator;
    private final RegistrationSettingsService settings;
    private final InitiativeService initiativeTexts;

    StakeholderForm form;
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;
    /** Left empty by people; bots that fill every field fill this one too. */
    final TextField website = new TextField();
    final Button submit = new Button();
    final FormError formError = new FormError();

    JoinView(InitiativeDirectory initiatives, RegistrationService registrations, OrganizationService organizations,
             Validator validator, RegistrationSettingsService settings, InitiativeService initiativeTexts) {
        super(initiatives);
        this.registrations = registrations;
        this.organizations = organizations;
        this.validator = validator;
        this.settings = settings;
        this.initiativeTexts = initiativeTexts;
        addClassName("cv-join");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return true;
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        renderForm();
    }

    private void renderForm() {
        removeAll();
        Nav breadcrumb = breadcrumb(StakeholderAddresses.initiative(initiative.slug()), initiative.name());
        add(breadcrumb, new H1(getTranslation("join.title", initiative.name())));
        RegistrationSettings registration = settings.settings(initiative.id());
        joinText(registration);
        if (!settings.isOpen(initiative.id())) { // closed, or the initiative is not published (its members see it)
            Paragraph closed = new Paragraph(getTranslation("join.closed", initiative.name()));
            closed.setId("join-closed");
            closed.addClassName("cv-notice");
            add(closed);
            form = null;
            return;
        }
        add(new Paragraph(getTranslation("join.intro")));

        form = new StakeholderForm(organizations, initiative.offeredGoals());

        website.setLabel("Website");
        website.addClassName("cv-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(Autocomplete.OFF);

        submit.setText(getTranslation("join.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!wired) {
            submit.addClickListener(click -> submit());
            wired = true;
        }

        submit.setId("join-submit");
        form.add(website, formError, submit);
        add(form);
    }

    /** The coordinators' text for the Join page, in the reader's language when there is a version in it. */
    private void joinText(RegistrationSettings registration) {
        String language = getLocale().getLanguage();
        String text = registration.textFor(language);
        if (text == null) {
            return;
        }
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("join-text");
        paragraph.addClassName("cv-join-text");
        if (registration.originalFor(language)) {
            String original = initiativeTexts.findPublicBySlug(initiative.slug()).map(InitiativeDetails::languages)
                    .filter(languages -> !languages.isEmpty()).map(languages -> languages.getFirst()).orElse("en");
            if (!original.equals(language)) {
                paragraph.getElement().setAttribute("lang", original);
            }
        }
        add(paragraph);
    }

    void submit() {
        formError.clear();
        NewRegistration answers = form.read().inLanguage(getLocale());
        Set<ConstraintViolation<NewRegistration>> violations = validator.validate(answers);
        if (!violations.isEmpty()) {
            show(violations);
            return;
        }
        if (!website.getValue().isBlank()) {
            log.info("Registration form honeypot filled; not stored");
            confirm();
            return;
        }
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            VaadinSession session = VaadinSession.getCurrent();
            registrations.register(initiative.id(), answers, request == null ? null : request.getRemoteAddr(),
                    session == null || session.getSession() == null ? null : session.getSession().getId());
            confirm();
        } catch (RegistrationClosedException e) {
            formError.show(getTranslation("join.closedNow"));
        } catch (TooManyRegistrationsException e) {
            long minutes = Math.max(1, (e.retryAfter().toSeconds() + 59) / 60);
            if (e.forEmail()) {
                FieldErrors.show(form.email, getTranslation("join.error.tooManyForEmail", minutes));
                form.email.getElement().callJsFunction("focus");
            } else if ("CLIENT".equals(e.reason())) {
                formError.show(getTranslation("join.error.slowDown", Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
            } else {
                formError.show(getTranslation("join.error.tooMany", minutes));
            }
        } catch (ValidationError e) {
            if (!form.show(e)) {
                formError.show(getTranslation(e.messageKey(), e.params()));
            }
        }
    }

    private void show(Set<ConstraintViolation<NewRegistration>> violations) {
        Component first = form.show(violations);
        formError.show(getTranslation("join.error.summary", violations.size()));
        if (first != null) {
            first.getElement().callJsFunction("focus");
        }
    }

    /** The same answer whether the email was new or known: what happens next is in the mail. */
    private void confirm() {
        removeAll();
        H1 title = new H1(getTranslation("join.done.title"));
        // The button that had the focus is gone: the focus moves to the answer, and Tab goes on from there.
        title.getElement().setAttribute("tabindex", "-1");
        Div done = new Div(title,
                new Paragraph(getTranslation("join.done.sent", initiative.name())),
                new Anchor(StakeholderAddresses.initiative(initiative.slug()), getTranslation("join.done.back", initiative.name())));
        done.addClassName("cv-confirmation");
        done.getElement().setAttribute("role", "status");
        add(done);
        title.getElement().callJsFunction("focus");
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("join.done.title") + " · " + getTranslation("app.name")));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("join.title", initiative.name());
    }

}
