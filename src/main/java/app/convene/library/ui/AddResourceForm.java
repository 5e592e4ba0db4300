package app.convene.library.ui;

import app.convene.library.LibraryPlace;
import app.convene.library.LibraryTag;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.Selects;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Add a resource": a link or a file with its details, where it belongs, topics and a version note. Messages
 * show by the field; a refused file is dropped (another must be chosen) while everything typed stays.
 */
class AddResourceForm extends Div {

    private final long initiativeId;
    private final ResourceService resources;
    private final LongConsumer added;
    final RadioButtonGroup<ResourceKind> kind = new RadioButtonGroup<>();
    final Select<LibraryPlace> place = new Select<>();
    final ResourceFields fields;
    final FileField file;
    final TextField note = new TextField();
    final FormError message = new FormError();
    final Button save = new Button();

    AddResourceForm(long initiativeId, List<LibraryPlace> places, List<LibraryTag> taxonomy, ResourceService resources,
                    LongConsumer added) {
        this.initiativeId = initiativeId;
        this.resources = resources;
        this.added = added;
        addClassName("cv-form");
        fields = new ResourceFields(this, taxonomy);
        file = new FileField(getTranslation("library.field.file"), resources.maxUploadBytes());
        kind.setLabel(getTranslation("library.field.kind"));
        kind.setItems(ResourceKind.FILE, ResourceKind.LINK);
        kind.setItemLabelGenerator(k -> getTranslation("library.field.kind." + k.name()));
        kind.setValue(ResourceKind.FILE);
        kind.addValueChangeListener(change -> showKind());
        place.setLabel(getTranslation("library.field.place"));
        place.setItems(places);
        place.setItemLabelGenerator(p -> p.initiative() ? getTranslation("library.field.place.initiative")
                : p.workgroupName());
        place.setValue(places.getFirst());
        Selects.required(place);
        note.setLabel(getTranslation("library.field.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        fields.also("workgroupId", place);
        fields.also("note", note);
        save.setId("resource-save");
        note.setId("resource-note");
        save.setText(getTranslation("library.add.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        ResourceFields.Values start = new ResourceFields.Values();
        fields.read(start);
        Div buttons = new Div(save);
        buttons.addClassName("cv-buttons");
        add(kind, place, fields.title, fields.description, fields.type, fields.language, fields.visibility,
                fields.tags, fields.url, file, note, message, buttons);
        showKind();
    }

    private void showKind() {
        boolean link = kind.getValue() == ResourceKind.LINK;
        fields.url.setVisible(link);
        file.setVisible(!link);
        note.setVisible(!link);
    }

    void save() {
        fields.clearErrors();
        file.clearError();
        message.clear();
        ResourceFields.Values values = fields.write();
        boolean link = kind.getValue() == ResourceKind.LINK;
        if (!link && !file.present()) {
            file.show(getTranslation("library.file.missing"));
        }
        if (values == null || !link && !file.present()) {
            return;
        }
        Long workgroupId = place.getValue() == null ? null : place.getValue().workgroupId();
        long id;
        try {
            if (link) {
                id = resources.addLink(initiativeId, ResourceFields.draft(values, workgroupId, true),
                        ResourceFields.tagIds(values));
            } else {
                try (InputStream in = file.open()) {
                    id = resources.addFile(initiativeId, ResourceFields.draft(values, workgroupId, false),
                            ResourceFields.tagIds(values), file.fileName(), in, note.getValue());
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            }
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            if ("file".equals(e.field())) {
                file.reset();
                file.show(text);
            } else if (!fields.show(e, text)) {
                message.show(text);
            }
            return;
        } catch (AccessDeniedException e) {
            message.show(getTranslation("library.add.refused"));
            return;
        }
        file.discard();
        Notices.success(getTranslation("library.add.saved"));
        added.accept(id);
    }
}
