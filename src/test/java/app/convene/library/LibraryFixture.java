package app.convene.library;

import app.convene.security.Actor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/** The library's test rows (people with roles, a workgroup) and real files made in the test (PDF, DOCX). */
public record LibraryFixture(JdbcTemplate jdbc, long initiativeId) {

    Actor person(String name) {
        String email = name.replace(' ', '.').toLowerCase() + "." + UUID.randomUUID() + "@example.org";
        long id = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, ?, ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), name, email);
        return new Actor(id, name, false);
    }

    /** A person with the role (COORDINATOR, COMMITTEE_MEMBER, WORKGROUP_LEAD, STAKEHOLDER) in the initiative. */
    Actor withRole(String name, String role) {
        Actor actor = person(name);
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, ?)",
                initiativeId, actor.personId(), role);
        return actor;
    }

    long workgroup(String name) {
        return jdbc.queryForObject("insert into workgroup (initiative_id, name) values (?, ?) returning id", Long.class,
                initiativeId, name + " " + UUID.randomUUID());
    }

    /** A stakeholder of the initiative who is a member (LEAD or MEMBER) of the workgroup. */
    Actor inWorkgroup(String name, long workgroupId, String role) {
        Actor actor = withRole(name, role.equals("LEAD") ? "WORKGROUP_LEAD" : "STAKEHOLDER");
        jdbc.update("insert into workgroup_member (workgroup_id, person_id, role) values (?, ?, ?)", workgroupId,
                actor.personId(), role);
        return actor;
    }

    static ResourceDraft draft(String title, ResourceVisibility visibility, Long workgroupId) {
        return new ResourceDraft(title, "About " + title, ResourceType.TEMPLATE, ResourceLanguage.EN, visibility,
                workgroupId, null);
    }

    static ResourceDraft link(String title, String url) {
        return new ResourceDraft(title, null, ResourceType.TOOL, ResourceLanguage.EN, ResourceVisibility.PUBLIC,
                null, url);
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A real one-page PDF with the text on it. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A real Word document with the paragraph. */
    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
