package app.convene.recommendations;

import app.convene.recommendations.internal.DecisionResponseRepository;
import app.convene.recommendations.internal.Recommendation;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.recommendations.internal.Report;
import app.convene.recommendations.internal.ReportRepository;
import app.convene.recommendations.internal.ReportSection;
import app.convene.recommendations.internal.ReportSectionRepository;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report as a file: a title page, contributors, each section with its recommendations (the
 * approved revision, or the latest when exporting all) and the decision record, as PDF or DOCX.
 */
@Service
@Transactional(readOnly = true)
public class ReportExports {

    /** Translates a message key with arguments (a view's {@code getTranslation}). */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private static final Set<RecommendationStatus> APPROVED = EnumSet.of(RecommendationStatus.APPROVED,
            RecommendationStatus.PUBLISHED);

    private final ReportRepository reports;
    private final ReportSectionRepository sections;
    private final RecommendationRepository recommendations;
    private final app.convene.recommendations.internal.RecommendationRevisionRepository revisions;
    private final DecisionResponseRepository responses;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecommendationService recommendationService;

    ReportExports(RecommendationService recommendationService,
                  app.convene.recommendations.internal.RecommendationRevisionRepository revisions, ReportRepository reports,
                  ReportSectionRepository sections, RecommendationRepository recommendations,
                  DecisionResponseRepository responses, InitiativeDirectory initiatives, Authorization authorization,
                  JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.sections = sections;
        this.recommendations = recommendations;
        this.responses = responses;
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.jdbc = jdbc;
        this.clock = clock;
        this.recommendationService = recommendationService;
        this.revisions = revisions;
    }

    public ReportDocument document(long reportId, boolean approvedOnly) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report " + reportId));
        authorization.check(Action.VIEW_RECOMMENDATIONS, report.getInitiativeId());
        String initiative = initiatives.findById(report.getInitiativeId()).map(InitiativeDirectory.InitiativeRef::name)
                .orElse("");
        Set<String> contributors = new LinkedHashSet<>();
        List<ReportDocument.Section> out = new ArrayList<>();
        for (ReportSection section : sections.findByReportIdOrderByPosition(reportId)) {
            List<ReportDocument.Item> items = new ArrayList<>();
            for (Recommendation r : recommendations.findBySectionIdInOrderByPosition(List.of(section.getId()))) {
                if (r.getStatus() == RecommendationStatus.WITHDRAWN || approvedOnly && !APPROVED.contains(r.getStatus())) {
                    continue;
                }
                ReportDocument.Decision decision = lastDecision(r.getId(), approvedOnly);
                int number = approvedOnly && decision != null ? decision.revisionNumber() : r.getRevisionCount();
                var text = revisions.findByRecommendationIdAndNumber(r.getId(), number).orElseThrow();
                List<String> authors = jdbc.sql("""
                        select author_name from recommendation_revision where recommendation_id = ? and number <= ?
                        group by author_name order by min(number)""").params(r.getId(), number).query(String.class).list();
                contributors.addAll(authors);
                Sources sources = recommendationService.sources(r.getId());
                List<String> from = new ArrayList<>();
                sources.goals().forEach(g -> from.add(g.name()));
                sources.workgroups().forEach(w -> from.add(w.name()));
                items.add(new ReportDocument.Item(text.getTitle(), r.getStatus(), number, text.getBody(), authors, from,
                        decision));
            }
            out.add(new ReportDocument.Section(section.getTitle(), items));
        }
        return new ReportDocument(initiative, report.getTitle(), approvedOnly, clock.instant(), List.copyOf(contributors), out);
    }

    private ReportDocument.Decision lastDecision(long recommendationId, boolean approvedOnly) {
        return jdbc.sql("""
                select id, revision_number, result, closed_at, quorum_numerator, quorum_denominator, eligible
                from decision_round where recommendation_id = ? and state = 'CLOSED'
                  and (? = false or result = 'APPROVED')
                order by id desc limit 1""")
                .params(recommendationId, approvedOnly)
                .query((rs, n) -> new ReportDocument.Decision(rs.getInt(2), RecommendationStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), DecisionRule.quorum(rs.getInt(7), rs.getInt(5), rs.getInt(6)),
                        rs.getInt(7), responses.of(rs.getLong(1))))
                .optional().orElse(null);
    }

    // ---- PDF -------------------------------------------------------------------------------

    public static void writePdf(ReportDocument doc, Texts t, Locale locale, OutputStream out) throws IOException {
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.addSubject(doc.initiative());
            pdf.addCreator("Convene");
            pdf.open();
            Font titleFont = new Font(Font.HELVETICA, 26, Font.BOLD);
            Font subtitle = new Font(Font.HELVETICA, 14, Font.NORMAL);
            com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(doc.title(), titleFont);
            title.setSpacingBefore(160);
            title.setAlignment(Element.ALIGN_CENTER);
            pdf.add(title);
            pdf.add(centered(doc.initiative(), subtitle, 12));
            pdf.add(centered(t.get(doc.approvedOnly() ? "export.approvedOnly" : "export.all"), subtitle, 8));
            pdf.add(centered(t.get("export.generated", date(doc.generatedAt(), locale)), subtitle, 8));
            if (!doc.contributors().isEmpty()) {
                pdf.add(centered(t.get("export.contributors", String.join(", ", doc.contributors())), subtitle, 24));
            }
            int chapterNumber = 1;
            for (ReportDocument.Section section : doc.sections()) {
                Chapter chapter = new Chapter(new com.lowagie.text.Paragraph(section.title(),
                        new Font(Font.HELVETICA, 18, Font.BOLD)), chapterNumber++);
                if (section.recommendations().isEmpty()) {
                    chapter.add(new com.lowagie.text.Paragraph(t.get("export.sectionEmpty")));
                }
                for (ReportDocument.Item item : section.recommendations()) {
                    com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(item.title(),
                            new Font(Font.HELVETICA, 14, Font.BOLD));
                    heading.setSpacingBefore(14);
                    chapter.add(heading);
                    chapter.add(new com.lowagie.text.Paragraph(meta(item, t), new Font(Font.HELVETICA, 9, Font.ITALIC)));
                    for (DocumentBlocks.Block block : DocumentBlocks.of(item.body())) {
                        chapter.add(pdfBlock(block));
                    }
                    for (String line : decisionLines(item.decision(), t, locale)) {
                        chapter.add(new com.lowagie.text.Paragraph(line, new Font(Font.HELVETICA, 9, Font.NORMAL)));
                    }
                }
                pdf.add(chapter);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF", e);
        }
    }

    private static com.lowagie.text.Paragraph centered(String text, Font font, float before) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static com.lowagie.text.Paragraph pdfBlock(DocumentBlocks.Block block) {
        float size = block.kind() == DocumentBlocks.Kind.HEADING ? Math.max(11, 16 - block.level()) : 11;
        Phrase phrase = new Phrase();
        switch (block.kind()) {
            case BULLET -> phrase.add(new Chunk("•  ", new Font(Font.HELVETICA, size)));
            case NUMBERED -> phrase.add(new Chunk(block.number() + ".  ", new Font(Font.HELVETICA, size)));
            default -> {
            }
        }
        for (DocumentBlocks.Run run : block.runs()) {
            int style = (run.bold() || block.kind() == DocumentBlocks.Kind.HEADING ? Font.BOLD : 0)
                    | (run.italic() || block.kind() == DocumentBlocks.Kind.QUOTE ? Font.ITALIC : 0);
            phrase.add(new Chunk(run.text(), new Font(block.kind() == DocumentBlocks.Kind.CODE ? Font.COURIER : Font.HELVETICA,
                    size, style)));
        }
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(phrase);
        p.setSpacingBefore(4);
        if (block.kind() == DocumentBlocks.Kind.BULLET || block.kind() == DocumentBlocks.Kind.NUMBERED
                || block.kind() == DocumentBlocks.Kind.QUOTE) {
            p.setIndentationLeft(18);
        }
        return p;
    }

    // ---- DOCX ------------------------------------------------------------------------------

    public static void writeDocx(ReportDocument doc, Texts t, Locale locale, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setCreator("Convene");
            XWPFParagraph title = docx.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(3600);
            XWPFRun run = title.createRun();
            run.setText(doc.title());
            run.setBold(true);
            run.setFontSize(26);
            centeredDocx(docx, doc.initiative());
            centeredDocx(docx, t.get(doc.approvedOnly() ? "export.approvedOnly" : "export.all"));
            centeredDocx(docx, t.get("export.generated", date(doc.generatedAt(), locale)));
            if (!doc.contributors().isEmpty()) {
                centeredDocx(docx, t.get("export.contributors", String.join(", ", doc.contributors())));
            }
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
            int number = 1;
            for (ReportDocument.Section section : doc.sections()) {
                styled(docx, (number++) + ". " + section.title(), 18, true);
                if (section.recommendations().isEmpty()) {
                    docx.createParagraph().createRun().setText(t.get("export.sectionEmpty"));
                }
                for (ReportDocument.Item item : section.recommendations()) {
                    styled(docx, item.title(), 14, true);
                    XWPFRun meta = docx.createParagraph().createRun();
                    meta.setItalic(true);
                    meta.setFontSize(9);
                    meta.setText(meta(item, t));
                    for (DocumentBlocks.Block block : DocumentBlocks.of(item.body())) {
                        XWPFParagraph p = docx.createParagraph();
                        if (block.kind() == DocumentBlocks.Kind.BULLET || block.kind() == DocumentBlocks.Kind.NUMBERED
                                || block.kind() == DocumentBlocks.Kind.QUOTE) {
                            p.setIndentationLeft(360);
                        }
                        if (block.kind() == DocumentBlocks.Kind.BULLET) {
                            p.createRun().setText("•  ");
                        } else if (block.kind() == DocumentBlocks.Kind.NUMBERED) {
                            p.createRun().setText(block.number() + ".  ");
                        }
                        for (DocumentBlocks.Run r : block.runs()) {
                            XWPFRun x = p.createRun();
                            x.setText(r.text());
                            x.setBold(r.bold() || block.kind() == DocumentBlocks.Kind.HEADING);
                            x.setItalic(r.italic() || block.kind() == DocumentBlocks.Kind.QUOTE);
                            if (block.kind() == DocumentBlocks.Kind.CODE) {
                                x.setFontFamily("Courier New");
                            }
                        }
                    }
                    for (String line : decisionLines(item.decision(), t, locale)) {
                        XWPFRun d = docx.createParagraph().createRun();
                        d.setFontSize(9);
                        d.setText(line);
                    }
                }
            }
            docx.write(out);
        }
    }

    private static void centeredDocx(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontSize(14);
        r.setText(text);
    }

    private static void styled(XWPFDocument docx, String text, int size, boolean bold) {
        XWPFParagraph p = docx.createParagraph();
        p.setSpacingBefore(240);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
    }

    // ---- shared ----------------------------------------------------------------------------

    private static String meta(ReportDocument.Item item, Texts t) {
        return t.get("recommendation.status." + item.status().name()) + " · " + t.get("recommendation.revision",
                item.revisionNumber()) + " · " + t.get("export.authors", String.join(", ", item.authors()))
                + (item.sources().isEmpty() ? "" : " · " + t.get("recommendation.sources.line", String.join(", ", item.sources())));
    }

    static List<String> decisionLines(ReportDocument.Decision decision, Texts t, Locale locale) {
        if (decision == null) {
            return List.of(t.get("export.noDecision"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(t.get("export.decision", t.get("recommendation.status." + decision.result().name()),
                decision.revisionNumber(), date(decision.closedAt(), locale), decision.responses().size(),
                decision.eligible(), decision.quorum()));
        for (RoundItem.Response r : decision.responses()) {
            lines.add("– " + r.name() + ": " + t.get("decision.response." + r.response().name())
                    + (r.reason() == null ? "" : " — " + r.reason())
                    + (r.resolved() ? " (" + t.get("decision.resolved") + " " + r.resolution() + ")" : ""));
        }
        return lines;
    }

    private static String date(java.time.Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneId.systemDefault()).format(at);
    }
}
