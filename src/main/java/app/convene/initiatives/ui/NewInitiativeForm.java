package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeDraft;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Selects;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form that creates a draft initiative: name (the short address is suggested from it until edited), region,
 * summary, time zone and the languages offered, with the one its texts are written in. A refused save keeps
 * everything typed and puts the message by its field.
 */
class NewInitiativeForm extends Div {

    static final String DEFAULT_TIME_ZONE = "America/Los_Angeles";

    final TextField name = new TextField();
    final TextField slug = new TextField();
    final TextField region = new TextField();
    final TextArea summary = new TextArea();
    final ComboBox<String> timeZone = new ComboBox<>();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final Select<String> original = new Select<>();
    final Button create = new Button();
    private boolean slugEdited;

    NewInitiativeForm() {
        addClassName("cv-form");
        name.setId("initiative-name");
        name.setLabel(getTranslation("admin.initiatives.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.addValueChangeListener(e -> {
            if (!slugEdited) {
                slug.setValue(InitiativeDraft.suggestSlug(e.getValue()));
            }
        });
        slug.setId("initiative-slug");
        slug.setLabel(getTranslation("admin.initiatives.slug"));
        slug.setHelperText(getTranslation("admin.initiatives.slug.help"));
        slug.setRequiredIndicatorVisible(true);
        slug.addValueChangeListener(e -> slugEdited |= e.isFromClient());
        region.setId("initiative-region");
        region.setLabel(getTranslation("admin.initiatives.region"));
        region.setRequiredIndicatorVisible(true);
        region.setMaxLength(200);
        summary.setId("initiative-summary");
        summary.setLabel(getTranslation("admin.initiatives.summary"));
        summary.setMaxLength(4000);
        timeZone.setId("initiative-time-zone");
        timeZone.setLabel(getTranslation("admin.initiatives.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setValue(DEFAULT_TIME_ZONE);
        languages.setId("initiative-languages");
        languages.setLabel(getTranslation("admin.initiatives.languages"));
        languages.setItems(InitiativeDraft.LANGUAGES);
        languages.setItemLabelGenerator(this::languageName);
        languages.setValue(java.util.Set.copyOf(InitiativeDraft.LANGUAGES));
        original.setId("initiative-original-language");
        original.setLabel(getTranslation("admin.initiatives.original"));
        original.setItems(InitiativeDraft.LANGUAGES);
        original.setItemLabelGenerator(this::languageName);
        original.setValue(InitiativeDraft.LANGUAGES.getFirst());
        Selects.required(original);
        create.setId("initiative-create");
        create.setText(getTranslation("admin.initiatives.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldErrors.manual(name, slug, region, summary, timeZone, languages, original);
        add(name, slug, region, summary, timeZone, languages, original, create);
    }

    private String languageName(String code) {
        return getTranslation("language." + code);
    }

    /** What the form holds, the language the texts are written in first. */
    InitiativeDraft draft() {
        List<String> offered = new ArrayList<>();
        if (original.getValue() != null) {
            offered.add(original.getValue());
        }
        InitiativeDraft.LANGUAGES.stream().filter(languages.getValue()::contains).filter(l -> !offered.contains(l))
                .forEach(offered::add);
        return new InitiativeDraft(name.getValue(), slug.getValue(), region.getValue(), summary.getValue(),
                timeZone.getValue(), offered);
    }

    void clearErrors() {
        FieldErrors.clear(name, slug, region, summary, timeZone, languages, original);
    }

    /** The field a service's message belongs by. */
    HasValidation field(String property) {
        Map<String, HasValidation> fields = Map.of("name", name, "slug", slug, "region", region, "summary", summary,
                "timeZone", timeZone, "languages", languages);
        return fields.getOrDefault(property, name);
    }
}
