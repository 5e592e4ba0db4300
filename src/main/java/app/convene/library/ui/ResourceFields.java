package app.convene.library.ui;

import app.convene.library.LibraryTag;
import app.convene.library.ResourceDraft;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Selects;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a resource's form shares between adding and editing (title, description, type, language, visibility,
 * topics, a link's address), bound with a {@link Binder}; the service's messages are shown by the field they name.
 */
class ResourceFields {

    /** What the fields hold. */
    static final class Values {
        String title = "";
        String description = "";
        ResourceType type;
        ResourceLanguage language = ResourceLanguage.EN;
        ResourceVisibility visibility = ResourceVisibility.MEMBERS;
        Set<LibraryTag> tags = new HashSet<>();
        String url = "";
    }

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<ResourceType> type = new Select<>();
    final Select<ResourceLanguage> language = new Select<>();
    final Select<ResourceVisibility> visibility = new Select<>();
    final MultiSelectComboBox<LibraryTag> tags = new MultiSelectComboBox<>();
    final TextField url = new TextField();
    private final Binder<Values> binder = new Binder<>();
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();

    ResourceFields(com.vaadin.flow.component.Component owner, List<LibraryTag> taxonomy) {
        title.setId("resource-title");
        type.setId("resource-type");
        visibility.setId("resource-visibility");
        url.setId("resource-url");
        title.setLabel(owner.getTranslation("library.field.title"));
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        description.setLabel(owner.getTranslation("library.field.description"));
        description.setMaxLength(5000);
        description.setWidthFull();
        type.setLabel(owner.getTranslation("library.column.type"));
        type.setItems(ResourceType.values());
        type.setItemLabelGenerator(t -> owner.getTranslation("library.type." + t.name()));
        Selects.required(type);
        language.setLabel(owner.getTranslation("library.column.language"));
        language.setItems(ResourceLanguage.values());
        language.setItemLabelGenerator(l -> owner.getTranslation("library.language." + l.name()));
        Selects.required(language);
        visibility.setLabel(owner.getTranslation("library.column.visibility"));
        visibility.setItems(ResourceVisibility.values());
        visibility.setItemLabelGenerator(v -> owner.getTranslation("library.visibility." + v.name()));
        Selects.required(visibility);
        tags.setLabel(owner.getTranslation("library.tags"));
        tags.setItems(taxonomy);
        tags.setItemLabelGenerator(LibraryTag::name);
        tags.setVisible(!taxonomy.isEmpty());
        tags.setWidthFull();
        url.setLabel(owner.getTranslation("library.field.url"));
        url.setHelperText(owner.getTranslation("library.field.url.help"));
        url.setMaxLength(2000);
        url.setWidthFull();
        String choose = owner.getTranslation("library.field.required");
        binder.forField(title).asRequired(owner.getTranslation("library.title.required"))
                .bind(v -> v.title, (v, text) -> v.title = text);
        binder.forField(description).bind(v -> v.description, (v, text) -> v.description = text);
        binder.forField(type).asRequired(choose).bind(v -> v.type, (v, value) -> v.type = value);
        binder.forField(language).asRequired(choose).bind(v -> v.language, (v, value) -> v.language = value);
        binder.forField(visibility).asRequired(choose).bind(v -> v.visibility, (v, value) -> v.visibility = value);
        binder.forField(tags).bind(v -> v.tags, (v, value) -> v.tags = new HashSet<>(value));
        binder.forField(url).bind(v -> v.url, (v, text) -> v.url = text);
        byName.put("title", title);
        byName.put("description", description);
        byName.put("type", type);
        byName.put("language", language);
        byName.put("visibility", visibility);
        byName.put("url", url);
        FieldErrors.manual(title, description, url);
    }

    void read(Values values) {
        binder.readBean(values);
    }

    /** The values, or null when a field shows what is missing. */
    Values write() {
        Values values = new Values();
        return binder.writeBeanIfValid(values) ? values : null;
    }

    static ResourceDraft draft(Values values, Long workgroupId, boolean link) {
        return new ResourceDraft(values.title, values.description, values.type, values.language, values.visibility,
                workgroupId, link ? values.url : null);
    }

    static List<Long> tagIds(Values values) {
        return values.tags.stream().map(LibraryTag::id).toList();
    }

    /** Another field the service may name (e.g. the workgroup, the file's note). */
    void also(String name, HasValidation field) {
        byName.put(name, field);
    }

    /** Shows the service's message by its field; false when it names none of these fields. */
    boolean show(ValidationError error, String text) {
        HasValidation field = byName.get(error.field());
        if (field == null) {
            return false;
        }
        FieldErrors.show(field, text);
        return true;
    }

    void clearErrors() {
        FieldErrors.clear(byName.values().toArray(HasValidation[]::new));
    }
}
