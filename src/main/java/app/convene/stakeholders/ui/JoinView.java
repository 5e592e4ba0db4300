package app.convene.stakeholders.ui;

import app.convene.shared.InitiativeDirectory;
import app.convene.shared.InitiativeDirectory.GoalRef;
import app.convene.shared.InitiativeDirectory.InitiativeRef;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.OrganizationOption;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.RegistrationOutcome;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.stakeholders.TooManyRegistrationsException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;

/**
 * "Join this initiative": the public registration form. Checked on the server field by field; a
 * message stands next to each field that needs attention and nothing typed is lost.
 */
@Route(value = "initiatives/:slug/join", layout = MainLayout.class)
@AnonymousAllowed
class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private static final Logger log = LoggerFactory.getLogger(JoinView.class);

    private final InitiativeDirectory initiatives;
    private final RegistrationService registrations;
    private final OrganizationService organizations;
    private final Validator validator;
    private InitiativeRef initiative;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<OrganizationOption> organization = new ComboBox<>();
    String proposedOrganization;
    final TextField title = new TextField();
    final Select<Sector> sector = new Select<>();
    final TextField county = new TextField();
    final TextField region = new TextField();
    final TextField languages = new TextField();
    final TextArea accessibilityNeeds = new TextArea();
    final CheckboxGroup<GoalRef> goals = new CheckboxGroup<>();
    final Checkbox directoryConsent = new Checkbox();
    final CheckboxGroup<Demographics.RaceEthnicity> raceEthnicity = new CheckboxGroup<>();
    final RadioButtonGroup<Demographics.Gender> gender = new RadioButtonGroup<>();
    final RadioButtonGroup<Demographics.LivedExperience> livedExperience = new RadioButtonGroup<>();
    /** Left empty by people; bots that fill every field fill this one too. */
    final TextField website = new TextField();
    final Button submit = new Button();
    final Paragraph formError = new Paragraph();

    JoinView(InitiativeDirectory initiatives, RegistrationService registrations, OrganizationService organizations,
             Validator validator) {
        this.initiatives = initiatives;
        this.registrations = registrations;
        this.organizations = organizations;
        this.validator = validator;
        addClassName("cv-page");
        addClassName("cv-join");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        initiative = initiatives.findBySlug(slug).orElse(null);
        if (initiative == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("notFound.initiative", slug));
            return;
        }
        renderForm();
    }

    private void renderForm() {
        removeAll();
        Nav breadcrumb = new Nav(new Anchor("initiatives/" + initiative.slug(), initiative.name()));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        add(breadcrumb, new H1(getTranslation("join.title", initiative.name())), new Paragraph(getTranslation("join.intro")));

        setUp(name, "join.name", 200, true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("join.email"));
        email.setHelperText(getTranslation("join.email.help"));
        email.setMaxLength(320);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);

        organization.setLabel(getTranslation("join.organization"));
        organization.setHelperText(getTranslation("join.organization.help"));
        organization.setRequiredIndicatorVisible(true);
        organization.setAllowCustomValue(true);
        organization.setItemLabelGenerator(OrganizationOption::label);
        organization.setItems(query -> organizations.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        organization.addCustomValueSetListener(e -> {
            proposedOrganization = e.getDetail() == null ? null : e.getDetail().strip();
            organization.setHelperText(getTranslation("join.organization.proposed", proposedOrganization));
            organization.setInvalid(false);
        });
        organization.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                proposedOrganization = null;
                organization.setHelperText(getTranslation("join.organization.help"));
            }
            organization.setInvalid(false);
        });

        setUp(title, "join.jobTitle", 200, false);
        sector.setLabel(getTranslation("join.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        sector.setRequiredIndicatorVisible(true);
        sector.addValueChangeListener(e -> sector.setInvalid(false));
        setUp(county, "join.county", 120, false);
        setUp(region, "join.region", 200, false);
        setUp(languages, "join.languages", 300, false);
        languages.setHelperText(getTranslation("join.languages.help"));
        accessibilityNeeds.setLabel(getTranslation("join.accessibility"));
        accessibilityNeeds.setHelperText(getTranslation("join.accessibility.help"));
        accessibilityNeeds.setMaxLength(2000);

        goals.setLabel(getTranslation("join.goals"));
        goals.setItems(initiative.goals());
        goals.setItemLabelGenerator(GoalRef::title);
        directoryConsent.setLabel(getTranslation("join.consent"));

        Div demographics = new Div(new Paragraph(getTranslation("join.demographics.note")));
        raceEthnicity.setLabel(getTranslation("join.race"));
        raceEthnicity.setItems(Demographics.RaceEthnicity.values());
        raceEthnicity.setItemLabelGenerator(r -> getTranslation("demographics.race." + r.name()));
        gender.setLabel(getTranslation("join.gender"));
        gender.setItems(Demographics.Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("demographics.gender." + g.name()));
        livedExperience.setLabel(getTranslation("join.lived"));
        livedExperience.setItems(Demographics.LivedExperience.values());
        livedExperience.setItemLabelGenerator(l -> getTranslation("demographics.lived." + l.name()));
        demographics.add(raceEthnicity, gender, livedExperience);
        Details optional = new Details(getTranslation("join.demographics"), demographics);
        optional.addClassName("cv-optional");

        website.setLabel("Website");
        website.addClassName("cv-honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        formError.addClassName("cv-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        submit.setText(getTranslation("join.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());

        name.setId("join-name");
        email.setId("join-email");
        organization.setId("join-organization");
        title.setId("join-title");
        sector.setId("join-sector");
        county.setId("join-county");
        region.setId("join-region");
        languages.setId("join-languages");
        accessibilityNeeds.setId("join-accessibility");
        goals.setId("join-goals");
        directoryConsent.setId("join-consent");
        submit.setId("join-submit");
        Div form = new Div(name, email, organization, title, sector, county, region, languages, accessibilityNeeds,
                goals, directoryConsent, optional, website, formError, submit);
        form.addClassName("cv-form");
        add(form);
    }

    private void setUp(TextField field, String key, int max, boolean required) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    void submit() {
        formError.setVisible(false);
        NewRegistration answers = new NewRegistration(name.getValue(), email.getValue(),
                organization.getValue() == null ? null : organization.getValue().id(),
                organization.getValue() == null ? proposedOrganization : null,
                title.getValue(), sector.getValue(), county.getValue(), region.getValue(), languages.getValue(),
                accessibilityNeeds.getValue(),
                goals.getValue().stream().map(GoalRef::id).collect(Collectors.toSet()),
                directoryConsent.getValue(),
                new Demographics(raceEthnicity.getValue(), gender.getValue(), livedExperience.getValue()));
        Set<ConstraintViolation<NewRegistration>> violations = validator.validate(answers);
        if (!violations.isEmpty()) {
            show(violations);
            return;
        }
        if (!website.getValue().isBlank()) {
            log.info("Registration form honeypot filled; not stored");
            confirm(RegistrationOutcome.RECEIVED);
            return;
        }
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            confirm(registrations.register(initiative.id(), answers, request == null ? null : request.getRemoteAddr()));
        } catch (TooManyRegistrationsException e) {
            formError.setText(getTranslation("join.error.tooMany"));
            formError.setVisible(true);
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("join.error.stale"));
            formError.setVisible(true);
        }
    }

    private void show(Set<ConstraintViolation<NewRegistration>> violations) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("organizationNamed", organization);
        fields.put("title", title);
        fields.put("sector", sector);
        fields.put("county", county);
        fields.put("region", region);
        fields.put("languages", languages);
        fields.put("accessibilityNeeds", accessibilityNeeds);
        for (ConstraintViolation<NewRegistration> violation : violations) {
            String property = violation.getPropertyPath().toString();
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(getTranslation("join.error." + property));
                field.setInvalid(true);
            }
        }
        formError.setText(getTranslation("join.error.summary", violations.size()));
        formError.setVisible(true);
        violations.stream().map(v -> fields.get(v.getPropertyPath().toString())).filter(f -> f instanceof Component)
                .findFirst().ifPresent(f -> ((Component) f).getElement().callJsFunction("focus"));
    }

    private void confirm(RegistrationOutcome outcome) {
        removeAll();
        Div done = new Div(new H1(getTranslation("join.done.title")),
                new Paragraph(getTranslation("join.done." + outcome.name(), initiative.name())),
                new Anchor("initiatives/" + initiative.slug(), getTranslation("join.done.back", initiative.name())));
        done.addClassName("cv-confirmation");
        done.getElement().setAttribute("role", "status");
        add(done);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("join.done.title") + " · " + getTranslation("app.name")));
    }

    @Override
    public Long initiativeId() {
        return initiative == null ? null : initiative.id();
    }

    @Override
    public String getPageTitle() {
        return (initiative == null ? "" : getTranslation("join.title", initiative.name()) + " · ") + getTranslation("app.name");
    }

}
