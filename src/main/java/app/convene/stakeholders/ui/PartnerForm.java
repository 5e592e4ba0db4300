package app.convene.stakeholders.ui;

import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Selects;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.OrganizationOption;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.OrganizationType;
import app.convene.stakeholders.PartnerRole;
import app.convene.stakeholders.Sector;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/**
 * Adds a partner: an organization from the directory (searched as one types) or a new one (name, type,
 * sector, county, region and the organization it is an office of), its role and since and until when.
 * Every problem is shown by its field; nothing typed is lost.
 */
class PartnerForm extends Div {

    enum Source { DIRECTORY, NEW }

    private final OrganizationService organizations;
    private final long initiativeId;
    private final Consumer<String> added;

    final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    final ComboBox<OrganizationOption> organization = new ComboBox<>();
    final TextField name = new TextField();
    final Select<OrganizationType> type = new Select<>();
    final Select<Sector> sector = new Select<>();
    final TextField county = new TextField();
    final TextField region = new TextField();
    final ComboBox<OrganizationOption> parent = new ComboBox<>();
    final Select<PartnerRole> role = new Select<>();
    final DatePicker since = new DatePicker();
    final DatePicker until = new DatePicker();
    final FormError message = new FormError();
    final Button add = new Button();
    private final Div newFields;

    /** @param added told the added partner's name once it is stored */
    PartnerForm(OrganizationService organizations, long initiativeId, Consumer<String> added) {
        this.organizations = organizations;
        this.initiativeId = initiativeId;
        this.added = added;
        addClassName("cv-detail");
        setId("partner-form");

        source.setLabel(getTranslation("partners.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation("partners.source." + s.name()));
        source.setValue(Source.DIRECTORY);
        source.setId("partner-source");

        organizationPicker(organization, "partners.organization", "partner-organization");
        organization.setHelperText(getTranslation("partners.organization.help"));
        organization.setRequiredIndicatorVisible(true);

        text(name, "partners.new.name", 300, "partner-new-name");
        name.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("partners.new.type"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(t -> getTranslation("organization.type." + t.name()));
        type.setId("partner-new-type");
        Selects.required(type);
        sector.setLabel(getTranslation("partners.new.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("partners.new.noSector")
                : getTranslation("sector." + s.name()));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("partners.new.noSector"));
        sector.setId("partner-new-sector");
        text(county, "partners.new.county", 120, "partner-new-county");
        text(region, "partners.new.region", 200, "partner-new-region");
        organizationPicker(parent, "partners.new.parent", "partner-new-parent");
        parent.setHelperText(getTranslation("partners.new.parent.help"));
        newFields = new Div(name, type, sector, county, region, parent);
        newFields.addClassName("cv-form");

        role.setLabel(getTranslation("partners.role"));
        role.setItems(PartnerRole.values());
        role.setItemLabelGenerator(r -> getTranslation("partner.role." + r.name()));
        role.setId("partner-role");
        Selects.required(role);
        for (DatePicker date : new DatePicker[] {since, until}) {
            date.setLocale(ConveneI18NProvider.supported(getLocale()));
        }
        since.setLabel(getTranslation("partners.since"));
        since.setId("partner-since");
        until.setLabel(getTranslation("partners.until"));
        until.setId("partner-until");
        FieldErrors.manual(fields());

        add.setText(getTranslation("partners.add"));
        add.setId("partner-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> submit());
        source.addValueChangeListener(e -> showSource());
        showSource();

        Div dates = new Div(role, since, until);
        dates.addClassName("cv-form-row");
        Div buttons = new Div(add);
        buttons.addClassName("cv-buttons");
        add(new H2(getTranslation("partners.addTitle")), source, organization, newFields, dates, message, buttons);
    }

    private void organizationPicker(ComboBox<OrganizationOption> picker, String labelKey, String id) {
        picker.setLabel(getTranslation(labelKey));
        picker.setItemLabelGenerator(OrganizationOption::label);
        picker.setItems(query -> organizations.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        picker.setClearButtonVisible(true);
        picker.setWidth("24rem");
        picker.setMaxWidth("100%");
        picker.setId(id);
    }

    private static void text(TextField field, String labelKey, int max, String id) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(max);
        field.setId(id);
    }

    private void showSource() {
        boolean fromDirectory = source.getValue() != Source.NEW;
        organization.setVisible(fromDirectory);
        newFields.setVisible(!fromDirectory);
    }

    private HasValidation[] fields() {
        return new HasValidation[] {organization, name, type, county, region, parent, role, since, until};
    }

    void submit() {
        message.clear();
        FieldErrors.clear(fields());
        if (!complete()) {
            return;
        }
        try {
            long organizationId = source.getValue() == Source.NEW ? createOrganization() : organization.getValue().id();
            String label = source.getValue() == Source.NEW ? newLabel() : organization.getValue().label();
            if (organizations.addPartner(initiativeId, organizationId, role.getValue(), since.getValue(),
                    until.getValue())) {
                clear();
                added.accept(label);
            } else {
                FieldErrors.show(role, getTranslation("partners.error.already", label,
                        getTranslation("partner.role." + role.getValue().name())));
            }
        } catch (ValidationError e) {
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "until" -> until;
                case "role" -> role;
                case "name" -> name;
                default -> null;
            };
            if (field == null) {
                message.show(getTranslation(e.messageKey(), e.params()));
            } else {
                FieldErrors.show(field, getTranslation(e.messageKey(), e.params()));
            }
        }
    }

    /** Marks what is missing or wrong by its field; true when the form may be sent. */
    private boolean complete() {
        boolean ok = true;
        if (source.getValue() == Source.NEW) {
            if (name.getValue().isBlank()) {
                ok = invalid(name, "partners.error.name");
            }
            if (type.getValue() == null) {
                ok = invalid(type, "partners.error.type");
            }
            for (TextField field : new TextField[] {name, county, region}) {
                if (field.getValue().strip().length() > field.getMaxLength()) {
                    FieldErrors.show(field, getTranslation("partners.error.tooLong", (int) field.getMaxLength()));
                    ok = false;
                }
            }
        } else if (organization.getValue() == null) {
            ok = invalid(organization, "partners.error.organization");
        }
        if (role.getValue() == null) {
            ok = invalid(role, "partners.error.role");
        }
        if (since.isInvalid() || until.isInvalid()) {
            ok = invalid(since.isInvalid() ? since : until, "partners.error.date");
        } else if (since.getValue() != null && until.getValue() != null && until.getValue().isBefore(since.getValue())) {
            ok = invalid(until, "partners.error.until");
        }
        return ok;
    }

    private boolean invalid(HasValidation field, String key) {
        FieldErrors.show(field, getTranslation(key));
        return false;
    }

    private long createOrganization() {
        OrganizationOption office = parent.getValue();
        return organizations.findOrCreate(new NewOrganization(name.getValue(), office == null ? null : office.id(),
                type.getValue(), sector.getValue(), county.getValue(), region.getValue()));
    }

    private String newLabel() {
        OrganizationOption office = parent.getValue();
        return office == null ? name.getValue().strip() : office.label() + " — " + name.getValue().strip();
    }

    /** Ready for the next partner: the choice of source stays. */
    private void clear() {
        organization.clear();
        name.clear();
        type.clear();
        sector.clear();
        county.clear();
        region.clear();
        parent.clear();
        role.clear();
        since.clear();
        until.clear();
    }
}
