package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.mail.LocalMailbox;
import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole way in, in Chromium with the real Keycloak: a visitor registers, the coordinator
 * approves, and the new stakeholder sets a password through Keycloak's emailed link and signs in.
 */
@KeycloakBrowserTest
class RegistrationBrowserTest {

    static final String APP = "http://localhost:18080";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    private ChromeDriver browser() throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private static WebDriverWait waitIn(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
    }

    @Test
    void visitorRegistersCoordinatorApprovesAndTheNewStakeholderSignsIn() throws Exception {
        String email = "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // 1. A visitor registers.
        ChromeDriver visitor = browser();
        WebDriverWait wait = waitIn(visitor);
        visitor.get(APP + "/initiatives/equity-at-work");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Join this initiative"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#join-name input"))).sendKeys("Ana López");
        AxeViews.check(visitor);
        visitor.findElement(By.cssSelector("#join-email input")).sendKeys(email);
        WebElement organization = visitor.findElement(By.cssSelector("#join-organization input"));
        organization.sendKeys("Westside Works");
        organization.sendKeys(Keys.ENTER);
        visitor.findElement(By.id("join-sector")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Worker center']"))).click();
        visitor.findElement(By.xpath("//vaadin-checkbox[contains(., 'Youth Transition')]")).click();
        visitor.findElement(By.id("join-consent")).click();
        visitor.findElement(By.id("join-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
        AxeViews.check(visitor);

        // 2. The coordinator approves.
        ChromeDriver coordinator = browser();
        WebDriverWait coordinatorWait = waitIn(coordinator);
        Chromium.signIn(coordinator, coordinatorWait, APP, "coordinator", "convene-demo");
        coordinator.get(APP + "/initiatives/equity-at-work/registrations");
        coordinatorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Registrations"));
        AxeViews.check(coordinator);
        coordinatorWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + email + "']"))).click();
        coordinatorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cv-detail h2"), "Ana López"));
        AxeViews.check(coordinator);
        assertThat(coordinator.findElement(By.className("cv-detail")).getText()).contains("Westside Works", "Youth Transition");
        coordinator.findElement(By.xpath("//vaadin-button[normalize-space(.)='Approve']")).click();
        coordinatorWait.until(d -> d.getPageSource().contains("Ana López is now a stakeholder."));
        AxeViews.check(coordinator);

        // 3. Keycloak mailed the new stakeholder a link to set a password.
        String link = waitForSetPasswordLink(email);
        ChromeDriver stakeholder = browser();
        WebDriverWait stakeholderWait = waitIn(stakeholder);
        stakeholder.get(link);
        // Keycloak first names the action it will perform, then shows the form.
        stakeholderWait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
                || !d.findElements(By.partialLinkText("proceed")).isEmpty());
        if (stakeholder.findElements(By.id("password-new")).isEmpty()) {
            stakeholder.findElement(By.partialLinkText("proceed")).click();
        }
        stakeholderWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys("A-good-passphrase-42");
        stakeholder.findElement(By.id("password-confirm")).sendKeys("A-good-passphrase-42");
        stakeholder.findElement(By.cssSelector("[type=submit]")).click();
        stakeholderWait.until(d -> d.getPageSource().contains("Your account has been updated"));

        // 4. …and signs in as a stakeholder of Equity@Work.
        stakeholder.get(APP + "/initiatives/equity-at-work");
        stakeholderWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Equity@Work"));
        if (stakeholder.findElements(By.className("cv-user-name")).isEmpty()) {
            Chromium.signIn(stakeholder, stakeholderWait, APP, email, "A-good-passphrase-42");
            stakeholder.get(APP + "/initiatives/equity-at-work");
        }
        stakeholderWait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-user-name"), "Ana López"));
        stakeholderWait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-user-roles"), "Stakeholder"));
        AxeViews.check(stakeholder);
    }


    private static String waitForSetPasswordLink(String email) throws Exception {
        Pattern actionLink = Pattern.compile("https?://[^\\s\"<>]*action-token[^\\s\"<>]*");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : LocalMailbox.shared().messages()) {
                boolean toThem = false;
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    toThem |= recipient.toString().contains(email);
                }
                if (toThem) {
                    Matcher matcher = actionLink.matcher(app.convene.shared.ui.MailboxTexts.text(message));
                    if (matcher.find()) {
                        return matcher.group().replace("&amp;", "&");
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No set-password mail from Keycloak reached " + email);
    }
}
