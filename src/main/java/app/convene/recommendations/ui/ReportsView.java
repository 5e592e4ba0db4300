package app.convene.recommendations.ui;

import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.ReportDocx;
import app.convene.recommendations.ReportExports;
import app.convene.recommendations.ReportOutline;
import app.convene.recommendations.ReportPdf;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/** An initiative's reports: sections in order, recommendations in order, with their status and revision. */
@Route(value = "initiatives/:slug/recommendations", layout = MainLayout.class)
@PermitAll
class ReportsView extends InitiativePage {

    private final RecommendationService recommendations;
    private final ReportExports exports;
    private final Authorization authorization;
    private final TitleForm reportForm;
    final TextField newReport;
    final Button createReport;

    ReportsView(InitiativeDirectory initiatives, RecommendationService recommendations, Authorization authorization,
                ReportExports exports) {
        super(initiatives);
        this.exports = exports;
        this.recommendations = recommendations;
        this.authorization = authorization;
        reportForm = new TitleForm(getTranslation("reports.new"), getTranslation("reports.create"),
                title -> recommendations.createReport(initiative.id(), title), this::render);
        newReport = reportForm.title;
        createReport = reportForm.add;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.VIEW_RECOMMENDATIONS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        boolean drafter = authorization.can(Action.DRAFT_RECOMMENDATIONS, initiative.id());
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("reports.title")));
        List<ReportOutline> reports = recommendations.reports(initiative.id(), PageRequest.of(0, 50));
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("reports.none")));
        }
        for (int i = 0; i < reports.size(); i++) {
            add(report(reports.get(i), i + 1, drafter));
        }
        if (drafter) {
            add(reportForm);
        }
    }

    private Component report(ReportOutline report, int number, boolean drafter) {
        Section section = new Section(new H2(report.title()));
        section.addClassName("cv-report");
        Nav downloads = new Nav(
                new Span(getTranslation("export.download") + " "),
                download(report, true, false, "export.pdfApproved"), download(report, true, true, "export.docxApproved"),
                download(report, false, false, "export.pdfAll"), download(report, false, true, "export.docxAll"));
        downloads.addClassName("cv-downloads");
        // Named by position too: two reports may share a title, their download landmarks may not.
        downloads.setAriaLabel(getTranslation("export.downloadsOf", number, report.title()));
        section.add(downloads);
        for (ReportOutline.Section part : report.sections()) {
            section.add(new H3(part.position() + ". " + part.title()));
            if (part.recommendations().isEmpty()) {
                section.add(new Paragraph(getTranslation("reports.section.empty")));
            } else {
                OrderedList list = new OrderedList();
                for (ReportOutline.Item item : part.recommendations()) {
                    list.add(new ListItem(new Anchor(RecommendationAddresses.recommendation(initiative, item.id()), item.title()),
                            new Span(" · " + getTranslation("recommendation.status." + item.status().name())
                                    + " · " + getTranslation("recommendation.revision", item.revisionCount()))));
                }
                section.add(list);
            }
            if (drafter) {
                section.add(inlineForm("reports.addRecommendation", "reports.add",
                        title -> recommendations.addRecommendation(part.id(), title, "")));
            }
        }
        if (drafter) {
            section.add(inlineForm("reports.addSection", "reports.add", title -> recommendations.addSection(report.id(), title)));
        }
        return section;
    }

    private Anchor download(ReportOutline report, boolean approvedOnly, boolean docx, String key) {
        Locale locale = ConveneI18NProvider.supported(getLocale());
        ReportExports.Texts texts = (k, args) -> getTranslation(locale, k, args);
        String file = report.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(locale)
                + (approvedOnly ? "-approved" : "-all") + (docx ? ".docx" : ".pdf");
        Anchor anchor = new Anchor((DownloadHandler) download -> {
            download.setFileName(file);
            download.setContentType(docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    : "application/pdf");
            var document = exports.document(report.id(), approvedOnly);
            if (docx) {
                ReportDocx.write(document, texts, locale, download.getOutputStream());
            } else {
                ReportPdf.write(document, texts, locale, download.getOutputStream());
            }
        }, getTranslation(key));
        anchor.addClassName("cv-download");
        return anchor;
    }

    private Component inlineForm(String labelKey, String buttonKey, Consumer<String> create) {
        return new TitleForm(getTranslation(labelKey), getTranslation(buttonKey), create, this::render);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reports.title") + " · " + initiative.name();
    }
}
