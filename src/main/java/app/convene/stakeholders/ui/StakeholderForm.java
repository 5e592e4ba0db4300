package app.convene.stakeholders.ui;

import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ValidationError;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, HasValidation> fieldsByProperty = new HashMap<>();

    StakeholderForm(OrganizationService organizations, List<GoalRef> goalChoices) {
        addClassName("cv-form");
        text(name, "join.name", 200, true, "name");
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("join.email"));
        email.setHelperText(getTranslation("join.email.help"));
        email.setMaxLength(320);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        fieldsByProperty.put("email", email);

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
        fieldsByProperty.put("organizationNamed", organization);

        text(title, "join.jobTitle", 200, false, "title");
        sector.setLabel(getTranslation("join.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        sector.setRequiredIndicatorVisible(true);
        sector.addValueChangeListener(e -> sector.setInvalid(false));
        fieldsByProperty.put("sector", sector);
        text(county, "join.county", 120, false, "county");
        text(region, "join.region", 200, false, "region");
        text(languages, "join.languages", 300, false, "languages");
        languages.setHelperText(getTranslation("join.languages.help"));
        accessibilityNeeds.setLabel(getTranslation("join.accessibility"));
        accessibilityNeeds.setHelperText(getTranslation("join.accessibility.help"));
        accessibilityNeeds.setMaxLength(2000);
        fieldsByProperty.put("accessibilityNeeds", accessibilityNeeds);

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
    }

    private void text(TextField field, String key, int max, boolean required, String property) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.addValueChangeListener(e -> field.setInvalid(false));
        fieldsByProperty.put(property, field);
    }

    /** The answers as typed. */
    NewRegistration read() {
        return new NewRegistration(name.getValue(), email.getValue(),
                organization.getValue() == null ? null : organization.getValue().id(),
                organization.getValue() == null ? proposedOrganization : null,
                title.getValue(), sector.getValue(), county.getValue(), region.getValue(), languages.getValue(),
                accessibilityNeeds.getValue(), goals.getValue().stream().map(GoalRef::id).collect(Collectors.toSet()),
                directoryConsent.getValue(),
                new Demographics(raceEthnicity.getValue(), gender.getValue(), livedExperience.getValue()));
    }

    /** Shows a saved profile (the email comes from the sign-in service and is not edited here). */
    void fill(MyProfile profile) {
        name.setValue(profile.name());
        email.setValue(profile.email());
        email.setReadOnly(true);
        email.setHelperText(getTranslation("profile.email.help"));
        if (profile.organization() != null) {
            organization.setValue(profile.organization());
        } else {
            proposedOrganization = profile.proposedOrganization();
        }
        title.setValue(nonNull(profile.title()));
        sector.setValue(profile.sector());
        county.setValue(nonNull(profile.county()));
        region.setValue(nonNull(profile.region()));
        languages.setValue(nonNull(profile.languages()));
        accessibilityNeeds.setValue(nonNull(profile.accessibilityNeeds()));
        goals.setValue(goals.getListDataView().getItems().filter(g -> profile.goalIds().contains(g.id()))
                .collect(Collectors.toSet()));
        directoryConsent.setValue(profile.directoryConsent());
        raceEthnicity.setValue(profile.demographics().raceEthnicity());
        gender.setValue(profile.demographics().gender());
        livedExperience.setValue(profile.demographics().livedExperience());
    }

    /** Puts a message by each field the server refused; returns the first such field. */
    Component show(Set<? extends ConstraintViolation<?>> violations) {
        Component first = null;
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String property = path.substring(path.lastIndexOf('.') + 1);
            HasValidation field = fieldsByProperty.get(property);
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
        HasValidation field = error.field() == null ? null : fieldsByProperty.get(error.field());
        if (field == null) {
            return false;
        }
        FieldErrors.show(field, getTranslation(error.messageKey(), error.params()));
        return true;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
