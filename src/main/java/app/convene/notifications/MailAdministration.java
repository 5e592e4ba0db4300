package app.convene.notifications;

import app.convene.notifications.internal.LetterDue;
import app.convene.notifications.internal.MailDeliveries;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undeliverable mail for administrators (decision 0033): the mail the server refused for good, parked with the
 * reason while all other mail goes on; an administrator tries one again (after fixing the cause) or discards it.
 * Both are audited. Guarded by the site-settings permission: the mail is the site's, not an initiative's.
 */
@Service
@Transactional(readOnly = true)
public class MailAdministration {

    /** A parked mail as the administrators' page shows it. */
    public record ParkedMail(String messageId, Instant createdAt, String to, String subject, String reason, int attempts) {
    }

    private final MailDeliveries deliveries;
    private final Authorization authorization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailAdministration(MailDeliveries deliveries, Authorization authorization, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.authorization = authorization;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The parked mail, newest first, a page at a time. */
    public List<ParkedMail> parked(Pageable page) {
        authorization.check(Action.MANAGE_SITE_SETTINGS, null);
        return deliveries.parked(page).stream().map(m -> new ParkedMail(m.messageId(), m.createdAt(), m.to(),
                m.subject(), m.lastError(), m.attempts())).toList();
    }

    /** Sends a parked mail again after this commit; false when it was no longer parked (someone else handled it). */
    @Transactional
    public boolean retry(String messageId) {
        authorization.check(Action.MANAGE_SITE_SETTINGS, null);
        if (!deliveries.unpark(messageId, clock.instant())) {
            return false;
        }
        audit.record("mail.retried", "mail_delivery", messageId, null, "PARKED", "PENDING");
        events.publishEvent(new LetterDue(messageId));
        return true;
    }

    /** Gives a parked mail up (its text is forgotten); false when it was no longer parked. */
    @Transactional
    public boolean discard(String messageId) {
        authorization.check(Action.MANAGE_SITE_SETTINGS, null);
        if (!deliveries.discard(messageId, clock.instant())) {
            return false;
        }
        audit.record("mail.discarded", "mail_delivery", messageId, null, "PARKED", "DISCARDED");
        return true;
    }
}
