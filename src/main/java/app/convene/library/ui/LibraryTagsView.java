package app.convene.library.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.library.LibraryTag;
import app.convene.library.LibraryTagService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The initiative's topic taxonomy for its coordinators: add a topic, rename one, remove one after a confirmation. */
@Route(value = "initiatives/:slug/library/tags", layout = MainLayout.class)
@PermitAll
class LibraryTagsView extends InitiativePage {

    private final LibraryTagService tags;
    final TextField name = new TextField();
    final TextField group = new TextField();
    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph();

    LibraryTagsView(InitiativeDirectory initiatives, LibraryTagService tags) {
        super(initiatives);
        this.tags = tags;
        name.setLabel(getTranslation("library.tag.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        group.setLabel(getTranslation("library.tag.group"));
        group.setHelperText(getTranslation("library.tag.group.help"));
        group.setMaxLength(100);
        FieldErrors.manual(name, group);
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return tags.mayManage(initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        Button add = new Button(getTranslation("library.tag.add"), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, group, add);
        form.addClassName("cv-form-row");
        none.setText(getTranslation("library.tags.none"));
        add(breadcrumb(LibraryAddresses.library(initiative.slug()), getTranslation("library.page.title")),
                new H1(getTranslation("library.tags.manage")), new Paragraph(getTranslation("library.tags.intro")),
                new H2(getTranslation("library.tag.add")), form, new H2(getTranslation("library.tags")), none, list);
        showTags();
    }

    void add() {
        FieldErrors.clear(name, group);
        try {
            tags.add(initiative.id(), name.getValue(), group.getValue());
        } catch (ValidationError e) {
            FieldErrors.show("group".equals(e.field()) ? group : name, getTranslation(e.messageKey(), e.params()));
            return;
        }
        Notices.success(getTranslation("library.tag.added", name.getValue().strip()));
        name.clear();
        showTags();
    }

    private void showTags() {
        list.removeAll();
        for (LibraryTag tag : tags.tags(initiative.id())) {
            list.add(row(tag));
        }
        none.setVisible(list.getChildren().findAny().isEmpty());
        list.setVisible(!none.isVisible());
    }

    private ListItem row(LibraryTag tag) {
        TextField rename = new TextField(getTranslation("library.tag.nameOf", tag.name()));
        rename.setValue(tag.name());
        rename.setMaxLength(100);
        FieldErrors.manual(rename);
        Button save = new Button(getTranslation("library.tag.rename"), click -> {
            FieldErrors.clear(rename);
            try {
                tags.rename(tag.id(), rename.getValue());
            } catch (ValidationError e) {
                FieldErrors.show(rename, getTranslation(e.messageKey(), e.params()));
                return;
            }
            Notices.success(getTranslation("library.tag.renamed", rename.getValue().strip()));
            showTags();
        });
        Button remove = new Button(getTranslation("common.remove"), click -> confirmRemove(tag));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(rename, save, remove);
        row.addClassName("cv-form-row");
        ListItem item = new ListItem(row);
        if (tag.group() != null) {
            item.add(new Paragraph(getTranslation("library.tag.inGroup", tag.group())));
        }
        return item;
    }

    private void confirmRemove(LibraryTag tag) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("library.tag.removeTitle"),
                getTranslation("library.tag.removeText", tag.name()), getTranslation("common.remove"), yes -> {
                    tags.remove(tag.id());
                    Notices.success(getTranslation("library.tag.removed", tag.name()));
                    showTags();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("library.tags.manage");
    }
}
