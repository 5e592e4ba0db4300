package app.convene.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.LibraryTagService;
import app.convene.library.ResourceDraft;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceService;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.security.Actor;
import app.convene.shared.ui.AccessDeniedView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 16, editing the library from its pages without a browser: add, new version, edit, remove, topics. */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library-pages",
        "convene.library.files=target/test-library-pages-files"})
class LibraryEditingViewTest extends SpringBrowserlessTest {

    static final String SLUG = "worker-equity-initiative";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    ResourceService resources;
    @Autowired
    LibraryTagService tags;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long initiative;
    Actor coordinator;
    Actor committee;
    Actor stakeholder;
    String unique;

    @BeforeEach
    void people() {
        initiative = fixtures.initiativeId(SLUG);
        coordinator = new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false);
        committee = person("Cai Committee", "COMMITTEE_MEMBER");
        stakeholder = person("Sia Reader", "STAKEHOLDER");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void addingShowsEachProblemByItsFieldAndARefusedFileLosesNothingTyped() {
        SignIn.as(stakeholder);
        LibraryActionLinks links = links(navigate(LibraryAddresses.library(SLUG), LibraryView.class));
        assertThat(links.isVisible()).isFalse();
        assertThat(links.add.isVisible()).isFalse();
        navigate(LibraryAddresses.add(SLUG), AccessDeniedView.class);

        SignIn.as(committee);
        links = links(navigate(LibraryAddresses.library(SLUG), LibraryView.class));
        assertThat(links.add.isVisible()).isTrue();
        assertThat(links.add.getHref()).isEqualTo("initiatives/" + SLUG + "/library/new");
        assertThat(links.tags.isVisible()).isFalse();
        AddResourceForm form = navigate(LibraryAddresses.add(SLUG), AddResourceView.class).form;
        form.fields.title.clear();
        test(form.save).click();
        assertThat(form.fields.title.isInvalid()).isTrue();
        assertThat(form.fields.title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(form.file.error.getText()).isEqualTo("Choose a file to upload.");

        form.fields.title.setValue("Hiring toolkit " + unique);
        form.fields.type.setValue(ResourceType.TOOL);
        form.note.setValue("First cut");
        test(form.file.upload).upload("toolkit.pdf", "application/pdf", zip());
        test(form.save).click();
        assertThat(form.file.error.getText()).startsWith("This type of file cannot be added.");
        assertThat(form.file.present()).isFalse();
        assertThat(form.fields.title.getValue()).isEqualTo("Hiring toolkit " + unique);
        assertThat(form.note.getValue()).isEqualTo("First cut");
        assertThat(count("Hiring toolkit " + unique)).isZero();

        test(form.file.upload).upload("huge.pdf", "application/pdf", new byte[25 * 1024 * 1024 + 1]);
        assertThat(form.file.error.getText()).isEqualTo("The file is larger than 25 MB.");
        assertThat(form.file.present()).isFalse();

        test(form.file.upload).upload("toolkit.docx", DOCX, docx("Hiring toolkit with apprenticeship steps"));
        assertThat(form.file.error.isVisible()).isFalse();
        form.fields.visibility.setValue(ResourceVisibility.COMMITTEE);
        test(form.save).click();
        assertThat(count("Hiring toolkit " + unique)).isEqualTo(1);
        long id = jdbc.queryForObject("select id from resource where title = ?", Long.class, "Hiring toolkit " + unique);
        assertThat(jdbc.queryForObject("select note from resource_version where resource_id = ?", String.class, id))
                .isEqualTo("First cut");
        assertThat($(H1.class).single().getText()).isEqualTo("Hiring toolkit " + unique);

        form = navigate(LibraryAddresses.add(SLUG), AddResourceView.class).form;
        form.kind.setValue(ResourceKind.LINK);
        assertThat(form.file.isVisible()).isFalse();
        form.fields.title.setValue("Wage board " + unique);
        form.fields.type.setValue(ResourceType.REPORT);
        form.fields.url.setValue("ftp://example.org/wages");
        test(form.save).click();
        assertThat(form.fields.url.isInvalid()).isTrue();
        assertThat(form.fields.url.getErrorMessage())
                .isEqualTo("Enter a web address that starts with http:// or https://.");
        form.fields.url.setValue("https://example.org/wages");
        test(form.save).click();
        assertThat(count("Wage board " + unique)).isEqualTo(1);
    }

    @Test
    void aNewVersionAnEditFromAnOlderStateAndRemovingOnTheResourcePage() {
        SignIn.as(committee);
        long id = resources.addFile(initiative, draft("Action plan " + unique), "plan.docx",
                new ByteArrayInputStream(docx("Action plan v1")), "First");
        ResourceView page = navigate(LibraryAddresses.resource(id), ResourceView.class);
        NewVersionForm version = page.actions.newVersion;
        test(version.upload).click();
        assertThat(version.file.error.getText()).isEqualTo("Choose a file to upload.");
        test(version.file.upload).upload("plan.docx", DOCX, "plain text, not Word".getBytes(StandardCharsets.UTF_8));
        test(version.upload).click();
        assertThat(version.file.error.getText()).isEqualTo("The name ends in .docx but the content is not that kind of file.");
        assertThat(resources.get(id).versions()).hasSize(1);
        test(version.file.upload).upload("plan-v2.docx", DOCX, docx("Action plan v2"));
        version.note.setValue("After the review");
        test(version.upload).click();
        assertThat(page.versions.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .hasSize(2).first().asString().contains("Version 2: plan-v2.docx", "After the review");
        assertThat(page.actions.remove.isVisible()).isFalse();

        test(page.actions.edit).click();
        ResourceEditor editor = page.actions.editor;
        assertThat(editor.fields.title.getValue()).isEqualTo("Action plan " + unique);
        editor.fields.title.setValue("My action plan " + unique);
        editor.fields.description.setValue("Typed before someone else saved");
        SignIn.as(coordinator);
        resources.edit(id, resources.get(id).version(), draft("Their action plan " + unique), List.of());
        SignIn.as(committee);
        test(editor.save).click();
        assertThat(editor.message.isVisible()).isTrue();
        assertThat(editor.message.getText()).startsWith("Someone else changed this resource since you opened it.");
        assertThat(editor.fields.title.getValue()).isEqualTo("My action plan " + unique);
        assertThat(editor.fields.description.getValue()).isEqualTo("Typed before someone else saved");
        assertThat(resources.get(id).resource().title()).isEqualTo("Their action plan " + unique);

        page = navigate(LibraryAddresses.resource(id), ResourceView.class);
        test(page.actions.edit).click();
        page.actions.editor.fields.title.setValue("My action plan " + unique);
        test(page.actions.editor.save).click();
        assertThat(resources.get(id).resource().title()).isEqualTo("My action plan " + unique);
        assertThat($(H1.class).single().getText()).isEqualTo("My action plan " + unique);

        SignIn.as(coordinator);
        page = navigate(LibraryAddresses.resource(id), ResourceView.class);
        assertThat(page.actions.remove.isVisible()).isTrue();
        test(page.actions.remove).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove this resource?");
        test(confirm).cancel();
        assertThat(count("My action plan " + unique)).isEqualTo(1);
        test(page.actions.remove).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(count("My action plan " + unique)).isZero();
    }

    @Test
    void coordinatorsAddRenameAndRemoveTopics() {
        SignIn.as(committee);
        navigate(LibraryAddresses.tags(SLUG), AccessDeniedView.class);

        SignIn.as(coordinator);
        assertThat(links(navigate(LibraryAddresses.library(SLUG), LibraryView.class)).tags.isVisible()).isTrue();
        LibraryTagsView page = navigate(LibraryAddresses.tags(SLUG), LibraryTagsView.class);
        page.name.setValue("Scheduling " + unique);
        page.group.setValue("component");
        page.add();
        assertThat(topics()).contains("Scheduling " + unique);
        page.name.setValue("scheduling " + unique);
        page.add();
        assertThat(page.name.isInvalid()).isTrue();
        assertThat(page.name.getErrorMessage()).isEqualTo("There is already a tag called scheduling " + unique + ".");

        long id = tags.tags(initiative).stream().filter(t -> t.name().equals("Scheduling " + unique)).findFirst()
                .orElseThrow().id();
        com.vaadin.flow.component.textfield.TextField rename = $(com.vaadin.flow.component.textfield.TextField.class)
                .withCaption("Name of the topic Scheduling " + unique).single();
        rename.setValue("Fair scheduling " + unique);
        test($(com.vaadin.flow.component.button.Button.class).withText("Rename").all().get(index(page, id))).click();
        assertThat(topics()).contains("Fair scheduling " + unique).doesNotContain("Scheduling " + unique);

        test($(com.vaadin.flow.component.button.Button.class).withText("Remove").all().get(index(page, id))).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(topics()).doesNotContain("Fair scheduling " + unique);
    }

    private static LibraryActionLinks links(LibraryView page) {
        return page.getChildren().filter(LibraryActionLinks.class::isInstance).map(LibraryActionLinks.class::cast)
                .findFirst().orElseThrow();
    }

    private int index(LibraryTagsView page, long tagId) {
        return tags.tags(initiative).stream().map(t -> t.id()).toList().indexOf(tagId);
    }

    private List<String> topics() {
        return tags.tags(initiative).stream().map(t -> t.name()).toList();
    }

    private int count(String title) {
        return jdbc.queryForObject("select count(*) from resource where title = ?", Integer.class, title);
    }

    private Actor person(String name, String role) {
        long id = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, ?, ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), name, UUID.randomUUID() + "@example.org");
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, ?)", initiative, id,
                role);
        return new Actor(id, name, false);
    }

    private static ResourceDraft draft(String title) {
        return new ResourceDraft(title, null, ResourceType.TEMPLATE, ResourceLanguage.EN, ResourceVisibility.MEMBERS,
                null, null);
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("Notes".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
