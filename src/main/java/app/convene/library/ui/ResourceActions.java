package app.convene.library.ui;

import app.convene.library.LibraryTag;
import app.convene.library.ResourceDetails;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceService;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;

/**
 * What those who may change a resource do on its page: upload a new version (files), edit the details and
 * topics, and (the curators) remove it after a confirmation.
 */
class ResourceActions extends Div {

    final Button edit = new Button();
    final Button remove = new Button();
    final Div editing = new Div();
    NewVersionForm newVersion;
    ResourceEditor editor;

    ResourceActions(ResourceDetails details, List<LibraryTag> taxonomy, ResourceService resources, Runnable changed,
                    Runnable removed) {
        if (details.resource().kind() == ResourceKind.FILE) {
            newVersion = new NewVersionForm(details.resource().id(), resources, changed);
            add(new H2(getTranslation("library.version.new")), newVersion);
        }
        add(new H2(getTranslation("library.manage")));
        edit.setText(getTranslation("library.edit"));
        edit.addClickListener(click -> {
            editor = new ResourceEditor(details, taxonomy, resources, changed, () -> {
                editing.removeAll();
                edit.setVisible(true);
            });
            editing.removeAll();
            editing.add(editor);
            edit.setVisible(false);
            editor.fields.title.focus();
        });
        remove.setText(getTranslation("library.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(details.mayRemove());
        remove.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("library.remove.title"),
                    getTranslation("library.remove.text", details.resource().title()),
                    getTranslation("library.remove"), yes -> {
                        resources.remove(details.resource().id());
                        Notices.success(getTranslation("library.removed", details.resource().title()));
                        removed.run();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        Div buttons = new Div(edit, remove);
        buttons.addClassName("cv-buttons");
        add(buttons, editing);
    }
}
