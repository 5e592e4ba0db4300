package app.convene.initiatives.ui;

import app.convene.initiatives.ContentDraft;
import app.convene.initiatives.InitiativeContentService;
import app.convene.initiatives.InitiativeContentService.ContentEdit;
import app.convene.initiatives.InitiativeContentService.ContentSave;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * Coordinators (and administrators) edit the initiative's name, region, summary, vision and mission, each with
 * its translation, with a preview of the Markdown. A save on top of someone else's is refused and the typed text
 * stays in the fields.
 */
@Route(value = "initiatives/:slug/edit", layout = MainLayout.class)
@PermitAll
class ContentEditView extends InitiativePage {

    private final InitiativeContentService content;
    private final Authorization authorization;
    private ContentEdit opened;

    TextField name;
    TextField nameTranslation;
    TextField region;
    TextArea summary;
    TextArea summaryTranslation;
    TextArea vision;
    TextArea visionTranslation;
    TextArea mission;
    TextArea missionTranslation;
    Paragraph missing;
    Div preview;
    FormError message;
    Button save;
    Button loadSaved;
    Button overwrite;

    ContentEditView(InitiativeService initiatives, InitiativeContentService content, Authorization authorization) {
        super(initiatives);
        this.content = content;
        this.authorization = authorization;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.EDIT_INITIATIVE_CONTENT, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        opened = content.contentForEditing(initiative.id());
        name = field("name", new TextField(getTranslation("content.name")));
        name.setRequiredIndicatorVisible(true);
        region = field("region", new TextField(getTranslation("content.region")));
        region.setRequiredIndicatorVisible(true);
        summary = field("summary", new TextArea(getTranslation("content.summary")));
        vision = field("vision", new TextArea(getTranslation("content.vision")));
        mission = field("mission", new TextArea(getTranslation("content.mission")));
        vision.setHelperText(getTranslation("content.markdownHelp"));
        mission.setHelperText(getTranslation("content.markdownHelp"));
        nameTranslation = translation("name", new TextField(), "content.name");
        summaryTranslation = translation("summary", new TextArea(), "content.summary");
        visionTranslation = translation("vision", new TextArea(), "content.vision");
        missionTranslation = translation("mission", new TextArea(), "content.mission");
        FieldErrors.manual(fields());
        missing = new Paragraph();
        missing.setId("content-missing");
        preview = new Div();
        preview.setId("content-preview");
        message = new FormError();
        message.setId("content-message");
        save = button("content-save", getTranslation("content.save"), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        loadSaved = button("content-load-saved", getTranslation("content.loadSaved"), () -> show(opened));
        overwrite = button("content-overwrite", getTranslation("content.overwrite"), this::save);
        Div buttons = new Div(save, loadSaved, overwrite);
        buttons.addClassName("cv-buttons");
        Div form = new Div(name, nameTranslation, region, summary, summaryTranslation, vision, visionTranslation,
                mission, missionTranslation, message, buttons);
        form.addClassName("cv-detail");
        Section previewSection = new Section(new H2(getTranslation("content.preview")), preview);
        previewSection.setId("content-preview-section");
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("content.title")), missing, form,
                previewSection);
        List.of(vision, visionTranslation, mission, missionTranslation).forEach(f -> f.addValueChangeListener(e -> showPreview()));
        show(opened);
    }

    private <F extends AbstractField<?, String> & HasLabel & HasSize> F field(String id, F field) {
        field.setId("content-" + id);
        field.setWidthFull();
        return field;
    }

    private <F extends AbstractField<?, String> & HasLabel & HasSize> F translation(String id, F field, String labelKey) {
        field(id + "-translation", field);
        field.setLabel(translationLabel(labelKey));
        field.setVisible(opened.translationLanguage() != null);
        return field;
    }

    private String languageName(String language) {
        return language == null ? "" : Locale.forLanguageTag(language).getDisplayLanguage(getLocale());
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        return button;
    }

    /** Puts the saved texts in the fields (on opening, or when the writer takes the saved version). */
    private void show(ContentEdit edit) {
        opened = edit;
        ContentDraft t = edit.texts();
        name.setValue(TextChecks.orEmpty(t.name()));
        nameTranslation.setValue(TextChecks.orEmpty(t.nameTranslation()));
        region.setValue(TextChecks.orEmpty(t.region()));
        summary.setValue(TextChecks.orEmpty(t.summary()));
        summaryTranslation.setValue(TextChecks.orEmpty(t.summaryTranslation()));
        vision.setValue(TextChecks.orEmpty(t.vision()));
        visionTranslation.setValue(TextChecks.orEmpty(t.visionTranslation()));
        mission.setValue(TextChecks.orEmpty(t.mission()));
        missionTranslation.setValue(TextChecks.orEmpty(t.missionTranslation()));
        FieldErrors.clear(fields());
        message.clear();
        loadSaved.setVisible(false);
        overwrite.setVisible(false);
        showMissing(edit);
        showPreview();
    }

    private void showMissing(ContentEdit edit) {
        missing.setVisible(edit.translationLanguage() != null);
        missing.setText(edit.missing().isEmpty()
                ? getTranslation("content.missing.none", languageName(edit.translationLanguage()))
                : getTranslation("content.missing", edit.missing().size(), languageName(edit.translationLanguage()),
                String.join(", ", edit.missing().stream().map(f -> getTranslation("content." + f)).toList())));
    }

    private void showPreview() {
        preview.removeAll();
        preview(getTranslation("content.vision"), vision.getValue());
        preview(getTranslation("content.mission"), mission.getValue());
        if (opened.translationLanguage() != null) {
            preview(translationLabel("content.vision"), visionTranslation.getValue());
            preview(translationLabel("content.mission"), missionTranslation.getValue());
        }
    }

    private String translationLabel(String key) {
        return getTranslation("content.inLanguage", getTranslation(key), languageName(opened.translationLanguage()));
    }

    private void preview(String heading, String markdown) {
        if (!markdown.isBlank()) {
            preview.add(new H3(heading), new MarkdownView(markdown));
        }
    }

    private HasValidation[] fields() {
        return new HasValidation[] {name, nameTranslation, region, summary, summaryTranslation, vision,
                visionTranslation, mission, missionTranslation};
    }

    void save() {
        message.clear();
        FieldErrors.clear(fields());
        boolean valid = TextChecks.check(name, true, ContentDraft.NAME_MAX)
                & TextChecks.check(nameTranslation, false, ContentDraft.NAME_MAX)
                & TextChecks.check(region, true, ContentDraft.NAME_MAX);
        for (TextArea area : new TextArea[] {summary, summaryTranslation, vision, visionTranslation, mission, missionTranslation}) {
            valid &= TextChecks.check(area, false, ContentDraft.TEXT_MAX);
        }
        if (!valid) {
            return;
        }
        ContentDraft draft = new ContentDraft(name.getValue(), nameTranslation.getValue(), region.getValue(),
                summary.getValue(), summaryTranslation.getValue(), vision.getValue(), visionTranslation.getValue(),
                mission.getValue(), missionTranslation.getValue());
        switch (content.saveContent(initiative.id(), opened.version(), draft)) {
            case ContentSave.Saved saved -> {
                Notices.success(getTranslation("content.saved"));
                show(content.contentForEditing(initiative.id()));
            }
            case ContentSave.Conflict conflict -> {
                // The writer's text stays in the fields; they may take the saved version or save theirs on top.
                opened = conflict.current();
                message.show(getTranslation("content.conflict"));
                loadSaved.setVisible(true);
                overwrite.setVisible(true);
            }
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("content.title") + " · " + initiative.name();
    }
}
