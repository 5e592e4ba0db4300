package app.convene.library.ui;

import app.convene.library.ResourceService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** "Upload a new version": a file and a note; every earlier version stays. A refused file changes nothing. */
class NewVersionForm extends Div {

    private final long resourceId;
    private final ResourceService resources;
    private final Runnable added;
    final FileField file;
    final TextField note = new TextField();
    final Button upload = new Button();

    NewVersionForm(long resourceId, ResourceService resources, Runnable added) {
        this.resourceId = resourceId;
        this.resources = resources;
        this.added = added;
        addClassName("cv-form");
        file = new FileField(getTranslation("library.field.file"), resources.maxUploadBytes());
        note.setLabel(getTranslation("library.field.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        FieldErrors.manual(note);
        note.setId("version-note");
        upload.setId("version-upload");
        upload.setText(getTranslation("library.version.upload"));
        upload.addClickListener(click -> save());
        add(file, note, upload);
    }

    void save() {
        file.clearError();
        FieldErrors.clear(note);
        if (!file.present()) {
            file.show(getTranslation("library.file.missing"));
            return;
        }
        try (InputStream in = file.open()) {
            resources.addVersion(resourceId, file.fileName(), in, note.getValue());
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            if ("note".equals(e.field())) {
                FieldErrors.show(note, text);
            } else {
                file.reset();
                file.show(text);
            }
            return;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        file.reset();
        note.clear();
        Notices.success(getTranslation("library.version.added"));
        added.run();
    }
}
