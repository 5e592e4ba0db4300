package app.convene.security;

import app.convene.security.internal.SiteSettingsQueries;
import app.convene.security.internal.SiteSettingsQueries.Row;
import app.convene.shared.FreeText;
import app.convene.shared.SiteSettings;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's settings: stored in the database once an administrator saves them, the configuration's values
 * ({@code convene.public-url}, {@code convene.site.*}) until then. Read from the database, and kept for later requests
 * only while the database's content is unchanged (a shared read, decision 71), so a change applies at once,
 * everywhere, without a restart; every change is audited with before and after.
 */
@Service
@Transactional(readOnly = true)
public class SiteSettingsService implements SiteSettings {

    /** The settings as the form edits them. */
    public record Values(String siteName, String contactAddress, String publicUrl, boolean registrationOpenByDefault) {

        @Override
        public String toString() {
            return "siteName=" + siteName + ", contactAddress=" + contactAddress + ", publicUrl=" + publicUrl
                    + ", registrationOpenByDefault=" + registrationOpenByDefault;
        }
    }

    private final SiteSettingsQueries queries;
    private final SharedReads shared;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;
    private final Values configured;

    SiteSettingsService(SiteSettingsQueries queries, SharedReads shared, Authorization authorization, AuditLog audit,
                        Clock clock,
                        @Value("${convene.site.name:Convene}") String siteName,
                        @Value("${convene.site.contact-address:}") String contactAddress,
                        @Value("${convene.public-url:http://localhost:8080}") String publicUrl,
                        @Value("${convene.site.registration-open-by-default:true}") boolean registrationOpen) {
        this.queries = queries;
        this.shared = shared;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
        this.configured = new Values(siteName, contactAddress, withoutTrailingSlash(publicUrl), registrationOpen);
    }

    /** The settings in force (administrators, to edit them). */
    public Values forEditing() {
        authorization.check(Action.MANAGE_SITE_SETTINGS, null);
        return current();
    }

    /**
     * Stores the settings (administrators); they apply from the next read on.
     *
     * @throws ValidationError by the field: {@code siteName} empty or over 100 characters, {@code contactAddress}
     *                         over 200, {@code publicUrl} not an absolute http(s) address or over 300
     */
    @Transactional
    public Values save(Values values) {
        authorization.check(Action.MANAGE_SITE_SETTINGS, null);
        Values checked = checked(values);
        Values before = current();
        queries.store(new Row(checked.siteName(), checked.contactAddress(), checked.publicUrl(),
                checked.registrationOpenByDefault()), clock.instant());
        audit.record("site.settingsChanged", "site_settings", 1, null, before, checked);
        return checked;
    }

    private static Values checked(Values values) {
        FreeText.checked(values);
        String name = values.siteName() == null ? "" : values.siteName().strip();
        String contact = values.contactAddress() == null ? "" : values.contactAddress().strip();
        String url = withoutTrailingSlash(values.publicUrl() == null ? "" : values.publicUrl().strip());
        if (name.isEmpty()) {
            throw new ValidationError("siteName", "settings.error.siteNameRequired");
        }
        if (name.length() > 100) {
            throw new ValidationError("siteName", "error.tooLong", 100);
        }
        if (contact.length() > 200) {
            throw new ValidationError("contactAddress", "error.tooLong", 200);
        }
        if (url.length() > 300) {
            throw new ValidationError("publicUrl", "error.tooLong", 300);
        }
        if (!isWebAddress(url)) {
            throw new ValidationError("publicUrl", "settings.error.publicUrl");
        }
        return new Values(name, contact, url, values.registrationOpenByDefault());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }

    /**
     * The settings in force: shared by requests while the content is unchanged (decision 71: every page's title
     * names the site, and each read cost a statement).
     */
    private Values current() {
        return shared.get(CurrentKey.INSTANCE, () -> queries.find().map(row -> new Values(row.siteName(),
                row.contactAddress(), row.publicUrl(), row.registrationOpenByDefault())).orElse(configured));
    }

    private enum CurrentKey { INSTANCE }

    // The four getters below are asked at every navigation (the header, the footer, the page title) and nearly always
    // answered from memory: they begin no transaction of their own (decision 0078); a miss is one statement, on a
    // connection of its own, and inside a caller's transaction they run in it.

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String siteName() {
        return current().siteName();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String contactAddress() {
        return current().contactAddress();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String publicUrl() {
        return current().publicUrl();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean registrationOpenByDefault() {
        return current().registrationOpenByDefault();
    }
}
