package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Selects;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.MyProfile;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.OrganizationOption;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.Sector;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The stakeholder's answers, shared by the join form and the profile page: labelled fields with
 * the server's limits, the optional demographics with their note, and messages by each field.
 */
class StakeholderForm extends Div {

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
    /** Reads and fills the fields; the server's constraints ({@code NewRegistration}) give the messages. */
    private final Binder<StakeholderAnswers> binder = new Binder<>(StakeholderAnswers.class);

    StakeholderForm(OrganizationService organizations, List<GoalRef> goalChoices) {
        addClassName("cv-form");
        binder.setDefaultValidatorsEnabled(false);
        text(name, "join.name", 200, true);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("join.email"));
        email.setHelperText(getTranslation("join.email.help"));
        email.setMaxLength(320);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);

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

        text(title, "join.jobTitle", 200, false);
        sector.setLabel(getTranslation("join.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        Selects.required(sector);
        sector.addValueChangeListener(e -> sector.setInvalid(false));
        text(county, "join.county", 120, false);
        text(region, "join.region", 200, false);
        text(languages, "join.languages", 300, false);
        languages.setHelperText(getTranslation("join.languages.help"));
        accessibilityNeeds.setLabel(getTranslation("join.accessibility"));
        accessibilityNeeds.setHelperText(getTranslation("join.accessibility.help"));
        accessibilityNeeds.setMaxLength(2000);

        goals.setLabel(getTranslation("join.goals"));
        goals.setItems(goalChoices);
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
        add(name, email, organization, title, sector, county, region, languages, accessibilityNeeds, goals,
                directoryConsent, optional);
        bind();
    }

    /** Each field bound to the answer of its name. */
    private void bind() {
        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(organization).bind("organization");
        binder.forField(title).bind("title");
        binder.forField(sector).bind("sector");
        binder.forField(county).bind("county");
        binder.forField(region).bind("region");
        binder.forField(languages).bind("languages");
        binder.forField(accessibilityNeeds).bind("accessibilityNeeds");
        binder.forField(goals).bind("goals");
        binder.forField(directoryConsent).bind("directoryConsent");
        binder.forField(raceEthnicity).bind("raceEthnicity");
        binder.forField(gender).bind("gender");
        binder.forField(livedExperience).bind("livedExperience");
    }

    private void text(TextField field, String key, int max, boolean required) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    /** The answers as typed. */
    NewRegistration read() {
        StakeholderAnswers answers;
        try {
            answers = binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The form's fields have no checks of their own", e);
        }
        OrganizationOption picked = answers.organization();
        return new NewRegistration(answers.name(), answers.email(), picked == null ? null : picked.id(),
                picked == null ? proposedOrganization : null, answers.title(), answers.sector(), answers.county(),
                answers.region(), answers.languages(), answers.accessibilityNeeds(),
                answers.goals().stream().map(GoalRef::id).collect(Collectors.toSet()),
                Boolean.TRUE.equals(answers.directoryConsent()),
                new Demographics(answers.raceEthnicity(), answers.gender(), answers.livedExperience()));
    }

    /** Shows a saved profile (the email comes from the sign-in service and is not edited here). */
    void fill(MyProfile profile) {
        Set<GoalRef> chosen = goals.getListDataView().getItems().filter(g -> profile.goalIds().contains(g.id()))
                .collect(Collectors.toSet());
        binder.readRecord(new StakeholderAnswers(profile.name(), profile.email(), profile.organization(),
                profile.title(), profile.sector(), profile.county(), profile.region(), profile.languages(),
                profile.accessibilityNeeds(), chosen, profile.directoryConsent(),
                profile.demographics().raceEthnicity(), profile.demographics().gender(),
                profile.demographics().livedExperience()));
        email.setReadOnly(true);
        email.setHelperText(getTranslation("profile.email.help"));
        if (profile.organization() == null) {
            proposedOrganization = profile.proposedOrganization();
        }
    }

    /** Puts a message by each field the server refused; returns the first such field. */
    Component show(Set<? extends ConstraintViolation<?>> violations) {
        Component first = null;
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String property = path.substring(path.lastIndexOf('.') + 1);
            HasValidation field = field(property);
            if (field != null) {
                FieldErrors.show(field, getTranslation("join.error." + property));
                if (first == null && field instanceof Component component) {
                    first = component;
                }
            }
        }
        return first;
    }

    /**
     * Puts a service's message by the field it names; {@code false} when the form has no such field
     * (the page shows the message for the form as a whole).
     */
    boolean show(ValidationError error) {
        HasValidation field = error.field() == null ? null : field(error.field());
        if (field == null) {
            return false;
        }
        FieldErrors.show(field, getTranslation(error.messageKey(), error.params()));
        return true;
    }

    /** The field bound to a property of the answers ("organizationNamed" and "organizationId" are the organization). */
    private HasValidation field(String property) {
        String bound = property.startsWith("organization") ? "organization" : property;
        return binder.getBinding(bound).map(Binding::getField)
                .filter(HasValidation.class::isInstance).map(HasValidation.class::cast).orElse(null);
    }
}
