package app.convene.library.ui;

import app.convene.library.LibraryTag;
import app.convene.library.ResourceDetails;
import app.convene.library.ResourceItem;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceService;
import app.convene.library.ResourceVisibility;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Edits a resource's details and topics. A save based on an older state of the resource (someone else saved in
 * between) is refused with everything typed kept in the fields.
 */
class ResourceEditor extends Div {

    private final ResourceService resources;
    private final ResourceDetails details;
    private final Runnable saved;
    final ResourceFields fields;
    final FormError message = new FormError();
    final Button save = new Button();

    ResourceEditor(ResourceDetails details, List<LibraryTag> taxonomy, ResourceService resources, Runnable saved,
                   Runnable cancelled) {
        this.resources = resources;
        this.details = details;
        this.saved = saved;
        addClassName("cv-form");
        ResourceItem item = details.resource();
        fields = new ResourceFields(this, taxonomy);
        fields.also("workgroupId", fields.visibility);
        if (item.workgroupId() == null) {
            fields.visibility.setItems(Arrays.stream(ResourceVisibility.values())
                    .filter(v -> v != ResourceVisibility.WORKGROUP).toList());
        }
        fields.url.setVisible(item.kind() == ResourceKind.LINK);
        ResourceFields.Values values = new ResourceFields.Values();
        values.title = item.title();
        values.description = item.description() == null ? "" : item.description();
        values.type = item.type();
        values.language = item.language();
        values.visibility = item.visibility();
        values.url = item.url() == null ? "" : item.url();
        values.tags = new HashSet<>(taxonomy.stream().filter(details.tags()::contains).toList());
        fields.read(values);
        save.setText(getTranslation("library.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Div buttons = new Div(save, new Button(getTranslation("common.cancel"), click -> cancelled.run()));
        buttons.addClassName("cv-buttons");
        add(fields.title, fields.description, fields.type, fields.language, fields.visibility, fields.tags, fields.url,
                message, buttons);
    }

    void save() {
        fields.clearErrors();
        message.clear();
        ResourceFields.Values values = fields.write();
        if (values == null) {
            return;
        }
        ResourceItem item = details.resource();
        try {
            resources.edit(item.id(), details.version(),
                    ResourceFields.draft(values, item.workgroupId(), item.kind() == ResourceKind.LINK),
                    ResourceFields.tagIds(values));
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("library.edit.conflict"));
            return;
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            if (!fields.show(e, text)) {
                message.show(text);
            }
            return;
        }
        Notices.success(getTranslation("library.edit.saved"));
        saved.run();
    }
}
