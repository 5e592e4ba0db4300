package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.csv.Csv;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.stakeholders.ImportPreview;
import app.convene.stakeholders.StakeholderImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV import of stakeholders for coordinators: upload, preview every row, then confirm. */
@Route(value = "initiatives/:slug/import", layout = MainLayout.class)
@PermitAll
class ImportView extends InitiativePage {

    static final String TEMPLATE = String.join(",", StakeholderImportService.COLUMNS) + "\r\n"
            + "Ana López,ana@example.org,Westside Works,Organizer,Worker center,Fulton County,Atlanta,\"English, Spanish\",yes\r\n";

    private final StakeholderImportService imports;
    private final Authorization authorization;
    ImportPreview preview;

    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    final Grid<ImportPreview.Row> grid = new Grid<>();
    final Button confirm = new Button();
    final Button cancel = new Button();
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    ImportView(InitiativeDirectory initiatives, StakeholderImportService imports, Authorization authorization) {
        super(initiatives);
        this.imports = imports;
        this.authorization = authorization;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_STAKEHOLDERS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        Nav breadcrumb = breadcrumb(StakeholderAddresses.registrations(initiative.slug()),
                getTranslation("queue.title"));
        Anchor template = new Anchor((DownloadHandler) download -> {
            download.setFileName("convene-stakeholders-template.csv");
            download.setContentType("text/csv; charset=UTF-8");
            download.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            download.getOutputStream().write(TEMPLATE.getBytes(StandardCharsets.UTF_8));
        }, getTranslation("import.template"));

        // Read as it arrives and never past the limit: the browser's own check can be bypassed.
        upload.setUploadHandler(event -> {
            ImportPreview result;
            try (InputStream in = event.getInputStream()) {
                result = imports.preview(initiative.id(), in);
            } catch (ValidationError e) {
                result = new ImportPreview(List.of(), e.messageKey().substring("csv.error.".length()), null);
            }
            ImportPreview shown = result;
            UI ui = event.getUI();
            if (ui != null) {
                ui.access(() -> show(shown));
            } else {
                show(shown);
            }
        });
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(Csv.MAX_BYTES);
        upload.setMaxFiles(1);

        grid.removeAllColumns();
        grid.addColumn(ImportPreview.Row::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("import.status." + r.status().name())).setHeader(getTranslation("import.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.problem() == null ? "" : getTranslation("import.problem." + r.problem()))
                .setHeader(getTranslation("import.problem")).setAutoWidth(true);
        grid.addColumn(r -> text(r.name())).setHeader(getTranslation("common.name")).setAutoWidth(true);
        grid.addColumn(r -> text(r.email())).setHeader(getTranslation("common.email")).setAutoWidth(true);
        grid.addColumn(r -> text(r.organization())).setHeader(getTranslation("common.organization")).setAutoWidth(true);
        grid.addColumn(r -> r.sector() == null ? "" : getTranslation("sector." + r.sector().name()))
                .setHeader(getTranslation("common.sector")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("import.preview"));
        grid.setHeight("24rem");
        grid.setVisible(false);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        cancel.setText(getTranslation("common.cancel"));
        if (!wired) {
            upload.addFileRejectedListener(e -> {
                summary.setText(getTranslation("csv.error.rejected"));
                summary.addClassName("cv-form-error");
            });
            confirm.addClickListener(click -> commit());
            cancel.addClickListener(click -> reset());
            wired = true;
        }
        cancel.setVisible(false);
        summary.getElement().setAttribute("role", "status");

        Div buttons = new Div(confirm, cancel);
        buttons.addClassName("cv-buttons");
        add(breadcrumb, new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), template,
                upload, summary, grid, buttons);
    }

    void show(ImportPreview result) {
        preview = result;
        summary.removeClassName("cv-form-error");
        if (result.fileProblem() != null) {
            summary.setText(getTranslation("csv.error." + result.fileProblem(),
                    result.fileProblemDetail() == null ? "" : result.fileProblemDetail()));
            summary.addClassName("cv-form-error");
            grid.setVisible(false);
            confirm.setVisible(false);
            cancel.setVisible(false);
            return;
        }
        long importable = result.count(ImportPreview.Status.NEW) + result.count(ImportPreview.Status.UPDATE);
        summary.setText(getTranslation("import.summary", result.count(ImportPreview.Status.NEW),
                result.count(ImportPreview.Status.UPDATE), result.count(ImportPreview.Status.ERROR),
                result.count(ImportPreview.Status.KEPT)));
        grid.setItems(result.rows());
        grid.setVisible(true);
        confirm.setText(getTranslation("import.confirm", importable));
        confirm.setVisible(result.usable());
        cancel.setVisible(true);
    }

    void commit() {
        if (preview == null || !preview.usable()) {
            return;
        }
        StakeholderImportService.ImportResult result = imports.commit(initiative.id(), preview);
        String done = getTranslation("import.done", result.created(), result.updated(), result.leftOut(), result.kept());
        Notices.success(done);
        reset();
        summary.setText(done);
    }

    private void reset() {
        preview = null;
        grid.setItems();
        grid.setVisible(false);
        confirm.setVisible(false);
        cancel.setVisible(false);
        summary.setText("");
        upload.clearFileList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("import.title");
    }
}
