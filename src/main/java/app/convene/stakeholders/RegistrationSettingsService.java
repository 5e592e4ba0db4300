package app.convene.stakeholders;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeStatus;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.FreeText;
import app.convene.shared.SiteSettings;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import app.convene.stakeholders.internal.StakeholderSettings;
import app.convene.stakeholders.internal.StakeholderSettingsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an initiative takes public registrations, and the short text its Join page shows. Reading is
 * public (the Join page); changing is for the initiative's coordinators, audited with before and after.
 * An initiative whose coordinators never chose follows the site's default, read each time.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationSettingsService {

    /** The longest Join page text, in each language. */
    public static final int TEXT_MAX = 1000;

    private final StakeholderSettingsRepository settings;
    private final SiteSettings site;
    private final Authorization authorization;
    private final AuditLog audit;
    private final InitiativeDirectory initiatives;
    private final SharedReads shared;

    RegistrationSettingsService(StakeholderSettingsRepository settings, SiteSettings site, Authorization authorization,
                                AuditLog audit, InitiativeDirectory initiatives, SharedReads shared) {
        this.settings = settings;
        this.shared = shared;
        this.site = site;
        this.authorization = authorization;
        this.audit = audit;
        this.initiatives = initiatives;
    }

    public RegistrationSettings settings(long initiativeId) {
        return SettingsRead.of(settings, shared, initiativeId)
                .map(s -> new RegistrationSettings(s.registrationOpen() == null ? site.registrationOpenByDefault()
                        : s.registrationOpen(), s.registrationOpen(), s.joinText(), s.joinTextEs()))
                .orElseGet(() -> new RegistrationSettings(site.registrationOpenByDefault(), null, null, null));
    }

    /**
     * Whether the public may register now: only in a published initiative (a draft is still being prepared, an
     * archived one is read-only), and only while its registration is open.
     */
    public boolean isOpen(long initiativeId) {
        return initiatives.statusOf(initiativeId) == InitiativeStatus.PUBLISHED && settings(initiativeId).open();
    }

    /**
     * Opens or closes public registration ({@code open} null: the site's default) and sets the Join
     * page's text and its Spanish version (blank: none).
     *
     * @throws ValidationError a text over {@value #TEXT_MAX} characters or holding a NUL character, by its field
     *                         ({@code text}, {@code textEs})
     */
    @Transactional
    public void save(long initiativeId, Boolean open, String text, String textEs) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        String original = checked("text", text);
        String spanish = checked("textEs", textEs);
        StakeholderSettings stored = settings.findById(initiativeId).orElseGet(() -> new StakeholderSettings(initiativeId));
        String before = stored.getVersion() == null ? null : stored.describeRegistration();
        stored.registration(open, original, spanish);
        settings.saveAndFlush(stored);
        audit.record("registration.settings", "stakeholder_settings", initiativeId, initiativeId, before,
                stored.describeRegistration());
    }

    private static String checked(String field, String value) {
        String text = FreeText.checked(field, value);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new ValidationError(field, "registrationSettings.error.tooLong", TEXT_MAX);
        }
        return text.strip();
    }
}
