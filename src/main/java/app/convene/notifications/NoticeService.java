package app.convene.notifications;

import app.convene.notifications.internal.Notice;
import app.convene.notifications.internal.NoticeMail;
import app.convene.notifications.internal.NoticeRepository;
import app.convene.notifications.internal.NotificationPreferences;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.context.ApplicationEventPublisher;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notices: Convene leaves them for a person; only that person reads them. */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final NoticeRepository notices;
    private final Authorization authorization;
    private final Clock clock;
    private final NotificationPreferences preferences;
    private final NoticeMail mail;
    private final ApplicationEventPublisher events;

    NoticeService(NoticeRepository notices, Authorization authorization, Clock clock,
                  NotificationPreferences preferences, NoticeMail mail, ApplicationEventPublisher events) {
        this.notices = notices;
        this.authorization = authorization;
        this.clock = clock;
        this.preferences = preferences;
        this.mail = mail;
        this.events = events;
    }

    private static final String SEPARATOR = "\u001F";

    /**
     * Leaves a notice for the person, as part of the change it reports (same transaction), delivered as the
     * person chose for its kind: nothing when off; otherwise a notice in the app, and for mail at once a
     * mail sent after the commit (never lost), for a digest a line in the next one. The text is an i18n key
     * with its parameters, shown in the reader's language when read.
     */
    @Transactional
    public void notify(Notification notification) {
        Delivery delivery = preferences.deliveryFor(notification.personId(), notification.kind());
        if (delivery == Delivery.OFF) {
            return;
        }
        String text = String.join(SEPARATOR, Stream.concat(Stream.of(notification.messageKey()),
                notification.params().stream().map(p -> p.replace(SEPARATOR, " "))).toList());
        Notice notice = notices.save(new Notice(notification.personId(), notification.kind().name(),
                notification.initiativeId(), text.length() > 500 ? text.substring(0, 500) : text,
                notification.link(), clock.instant()));
        if (delivery == Delivery.MAIL) {
            mail.mailAtOnce(notice, notification);
        } else if (delivery == Delivery.DAILY || delivery == Delivery.WEEKLY) {
            notice.awaitDigest(delivery.name());
        }
        events.publishEvent(new NoticeLeft(notification.personId()));
    }

    /** The signed-in person's notices, newest first, one page at a time. */
    public Slice<NoticeItem> mine(Pageable pageable) {
        return mine(pageable, false);
    }

    /** The signed-in person's notices (only the unread ones if asked), newest first, one page at a time. */
    public Slice<NoticeItem> mine(Pageable pageable, boolean unreadOnly) {
        long me = me();
        Slice<Notice> page = unreadOnly ? notices.findUnreadFor(me, pageable) : notices.findFor(me, pageable);
        return page.map(n -> {
            String[] parts = n.getText().split(SEPARATOR, -1);
            return new NoticeItem(n.getId(), parts[0], Arrays.copyOfRange(parts, 1, parts.length), n.getLink(),
                    n.getCreatedAt(), n.getReadAt() == null);
        });
    }

    public long unread() {
        return authorization.currentActor().filter(a -> !a.isSystem())
                .map(a -> notices.countByPersonIdAndReadAtIsNull(a.personId())).orElse(0L);
    }

    /** Whether a person (not the system, not a visitor) is signed in, who may have notices. */
    public boolean signedIn() {
        return authorization.currentActor().filter(a -> !a.isSystem()).isPresent();
    }

    /** The signed-in person, who may have notices; null for a visitor or the system. */
    public Long reader() {
        return authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId).orElse(null);
    }

    /** Marks all the signed-in person's notices read. */
    @Transactional
    public void markAllRead() {
        notices.markRead(me(), clock.instant());
    }

    /** Marks one of the signed-in person's notices read; someone else's notice is refused (and not revealed). */
    @Transactional
    public void markRead(long noticeId) {
        long me = me();
        if (notices.ownerOf(noticeId).filter(owner -> owner == me).isEmpty()) {
            throw new AccessDeniedException("You may not mark a notice read that was not left for you");
        }
        notices.markOneRead(noticeId, me, clock.instant());
    }

    private long me() {
        return authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId)
                .orElseThrow(() -> new AccessDeniedException("Sign in to read your notices"));
    }
}
