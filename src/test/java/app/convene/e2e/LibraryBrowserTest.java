package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.internal.LibraryIndexer;
import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium with the real Keycloak: a committee member adds a committee-only Word file and a public one from the
 * library page, uploads a second version of the first and sees both versions; then a stakeholder's library lists
 * the public one and not the committee one, and their search for a word that is only inside both files finds the
 * public one with the word marked in its snippet, and not the committee one.
 */
@KeycloakBrowserTest
class LibraryBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String LIBRARY = "/initiatives/worker-equity-initiative/library";
    private final List<ChromeDriver> browsers = new ArrayList<>();
    @Autowired
    LibraryIndexer libraryIndex;
    @TempDir
    Path documents;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver signedIn(String username) throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        Chromium.signIn(browser, new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL), APP, username, "convene-demo");
        return browser;
    }

    /** A real Word document with the text, in a temporary file named as given. */
    private Path docx(String name, String text) throws IOException {
        Path file = documents.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    /** Gives the file to the upload field and waits until the browser has sent it. */
    private static void upload(ChromeDriver browser, WebDriverWait wait, Path file) {
        WebElement input = (WebElement) browser.executeScript("""
                const upload = document.querySelector('#resource-file');
                return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');""");
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("""
                const files = document.querySelector('#resource-file').files;
                return files.length > 0 && files.every(f => f.complete);""")));
    }

    /**
     * Opens the select and picks the option. A click that lands while the previous select's overlay is still closing
     * does not open this one, so it clicks again (only while the select is closed) until the option shows.
     */
    private static void choose(ChromeDriver browser, WebDriverWait wait, String selectId, String option) {
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + option + "']");
        wait.until(d -> {
            if (d.findElements(item).stream().anyMatch(WebElement::isDisplayed)) {
                return true;
            }
            WebElement select = d.findElement(By.id(selectId));
            if (!Boolean.TRUE.equals(browser.executeScript("return arguments[0].opened", select))) {
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
                select.click();
            }
            return false;
        });
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(d -> d.findElement(By.id(selectId)).getText().contains(option)
                && !Boolean.TRUE.equals(browser.executeScript("return arguments[0].opened",
                        d.findElement(By.id(selectId)))));
    }

    /** From the library page, "Add a resource": a Word file with the title, type and visibility. */
    private void add(ChromeDriver browser, WebDriverWait wait, String title, String type, String visibility,
                     Path file) throws InterruptedException {
        browser.get(APP + LIBRARY);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("library-add"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Add a resource"));
        AxeViews.check(browser);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#resource-title input"))).sendKeys(title);
        choose(browser, wait, "resource-type", type);
        choose(browser, wait, "resource-visibility", visibility);
        upload(browser, wait, file);
        browser.findElement(By.cssSelector("#resource-note input")).sendKeys("First draft");
        Thread.sleep(500); // the typed values reach the server when the fields lose focus, as for a person
        WebElement save = browser.findElement(By.id("resource-save"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
        AxeViews.check(browser);
    }

    @Test
    void aCommitteeMemberAddsFilesAndAVersionAndAStakeholderSeesOnlyThePublicOne() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String word = "bricklaying";
        String committeeTitle = "Committee hiring plan " + unique;
        String publicTitle = "Public hiring guide " + unique;

        ChromeDriver daniel = signedIn("committee1");
        WebDriverWait wait = new WebDriverWait(daniel, Duration.ofSeconds(60), Chromium.POLL);
        add(daniel, wait, committeeTitle, "Template", "Steering committee",
                docx("hiring-plan.docx", "Hiring plan for " + word + " apprentices, first draft"));

        upload(daniel, wait, docx("hiring-plan-v2.docx", "Hiring plan for " + word + " apprentices, reviewed"));
        daniel.findElement(By.cssSelector("#version-note input")).sendKeys("Reviewed by the committee");
        Thread.sleep(500);
        WebElement send = daniel.findElement(By.id("version-upload"));
        daniel.executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();
        wait.until(d -> d.getPageSource().contains("Version 2: hiring-plan-v2.docx"));
        assertThat(daniel.getPageSource()).contains("Version 1: hiring-plan.docx", "Reviewed by the committee",
                "First draft");
        AxeViews.check(daniel);

        add(daniel, wait, publicTitle, "Tool", "Everyone",
                docx("hiring-guide.docx", "A public guide to " + word + " apprenticeships"));

        ChromeDriver jordan = signedIn("stakeholder1");
        WebDriverWait jordanWait = new WebDriverWait(jordan, Duration.ofSeconds(60), Chromium.POLL);
        jordan.get(APP + LIBRARY);
        jordanWait.until(d -> d.getPageSource().contains(publicTitle));
        AxeViews.check(jordan);
        assertThat(jordan.getPageSource()).doesNotContain(committeeTitle);
        assertThat(jordan.findElements(By.id("library-add"))).allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());

        libraryIndex.catchUp(); // what the scheduled job does every few seconds on a running node
        jordan.findElement(By.cssSelector("#library-search-box input")).sendKeys(word);
        jordan.findElement(By.id("library-search-button")).click();
        WebElement hits = jordanWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("library-hits")));
        assertThat(hits.getText()).contains(publicTitle).doesNotContain(committeeTitle);
        assertThat(hits.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains(word);
        assertThat(jordan.getCurrentUrl()).contains("q=" + word);
        assertThat(jordan.getPageSource()).doesNotContain(committeeTitle);
        AxeViews.check(jordan);

        // the list's titles are links the browser draws from each row's address and title (decision 0083)
        jordan.get(APP + LIBRARY);
        WebElement link = jordanWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content/a[normalize-space(.)='" + publicTitle + "']")));
        String href = link.getDomAttribute("href");
        assertThat(href).matches("library/\\d+");
        jordan.executeScript("window.cvSamePage = true");
        link.click();
        jordanWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), publicTitle));
        assertThat(jordan.getCurrentUrl()).endsWith("/" + href);
        assertThat(jordan.executeScript("return window.cvSamePage === true")).as("Vaadin's router followed the link")
                .isEqualTo(true);
    }
}
