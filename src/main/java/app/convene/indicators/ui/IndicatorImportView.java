package app.convene.indicators.ui;

import app.convene.indicators.IndicatorImportPreview;
import app.convene.indicators.IndicatorImportService;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.csv.Csv;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV import of indicator values for coordinators: upload, preview every row with its problem, then confirm. */
@Route(value = "initiatives/:slug/indicators/import", layout = MainLayout.class)
@PermitAll
class IndicatorImportView extends InitiativePage {

    static final String TEMPLATE = String.join(",", IndicatorImportService.COLUMNS) + "\r\n"
            + "Median hourly wage of placed workers,2025-06-30,24.50,First half of the year\r\n";

    private final IndicatorImportService imports;
    private final Authorization authorization;
    IndicatorImportPreview preview;

    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    final Grid<IndicatorImportPreview.Row> grid = new Grid<>();
    final Button confirm = new Button();
    final Button cancel = new Button();
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    IndicatorImportView(InitiativeDirectory initiatives, IndicatorImportService imports, Authorization authorization) {
        super(initiatives);
        this.imports = imports;
        this.authorization = authorization;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_INDICATORS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        Anchor template = new Anchor((DownloadHandler) download -> {
            download.setFileName("convene-indicator-values-template.csv");
            download.setContentType("text/csv; charset=UTF-8");
            download.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            download.getOutputStream().write(TEMPLATE.getBytes(StandardCharsets.UTF_8));
        }, getTranslation("import.template"));
        // Read as it arrives and never past the limit: the browser's own check can be bypassed.
        upload.setUploadHandler(uploaded -> {
            IndicatorImportPreview result;
            try (InputStream in = uploaded.getInputStream()) {
                result = imports.preview(initiative.id(), in);
            } catch (ValidationError e) {
                result = new IndicatorImportPreview(List.of(), e.messageKey().substring("csv.error.".length()), null);
            }
            IndicatorImportPreview shown = result;
            UI ui = uploaded.getUI();
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
        grid.addColumn(IndicatorImportPreview.Row::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("indicatorImport.status." + r.status().name()))
                .setHeader(getTranslation("import.status")).setAutoWidth(true);
        grid.addColumn(r -> r.problem() == null ? "" : getTranslation("indicatorImport.problem." + r.problem()))
                .setHeader(getTranslation("import.problem")).setAutoWidth(true);
        grid.addColumn(r -> text(r.indicator())).setHeader(getTranslation("indicator.name")).setAutoWidth(true);
        grid.addColumn(r -> r.periodEnd() == null ? "" : r.periodEnd().toString())
                .setHeader(getTranslation("indicator.periodEnd")).setAutoWidth(true);
        grid.addColumn(r -> r.value() == null ? "" : r.value().toPlainString())
                .setHeader(getTranslation("indicator.table.value")).setAutoWidth(true);
        grid.addColumn(r -> text(r.note())).setHeader(getTranslation("indicator.table.note")).setAutoWidth(true);
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
        add(breadcrumb(initiativePath() + "/indicators", getTranslation("indicators.manageTitle")),
                new H1(getTranslation("indicatorImport.title")), new Paragraph(getTranslation("indicatorImport.intro")),
                template, upload, summary, grid, buttons);
    }

    void show(IndicatorImportPreview result) {
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
        long importable = result.count(IndicatorImportPreview.Status.NEW) + result.count(IndicatorImportPreview.Status.UPDATE);
        summary.setText(getTranslation("indicatorImport.summary", result.count(IndicatorImportPreview.Status.NEW),
                result.count(IndicatorImportPreview.Status.UPDATE), result.count(IndicatorImportPreview.Status.ERROR)));
        grid.setItems(result.rows());
        grid.setVisible(true);
        confirm.setText(getTranslation("indicatorImport.confirm", importable));
        confirm.setVisible(result.usable());
        cancel.setVisible(true);
    }

    void commit() {
        if (preview == null || !preview.usable()) {
            return;
        }
        IndicatorImportService.ImportResult result = imports.commit(initiative.id(), preview);
        String done = getTranslation("indicatorImport.done", result.created(), result.updated(), result.leftOut());
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
        return getTranslation("indicatorImport.title");
    }
}
