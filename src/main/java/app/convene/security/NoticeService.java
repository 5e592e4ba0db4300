package app.convene.security;

import app.convene.security.internal.Notice;
import app.convene.security.internal.NoticeRepository;
import java.time.Clock;
import java.util.Arrays;
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

    NoticeService(NoticeRepository notices, Authorization authorization, Clock clock) {
        this.notices = notices;
        this.authorization = authorization;
        this.clock = clock;
    }

    private static final String SEPARATOR = "\u001F";

    /**
     * Leaves a notice for the person (called by services as part of the change it reports). The
     * text is an i18n key with its parameters, shown in the reader's language when read.
     */
    @Transactional
    public void notify(long personId, String messageKey, String link, String... params) {
        String text = String.join(SEPARATOR, Stream.concat(Stream.of(messageKey),
                Arrays.stream(params).map(p -> p == null ? "" : p.replace(SEPARATOR, " "))).toList());
        notices.save(new Notice(personId, text.length() > 500 ? text.substring(0, 500) : text, link, clock.instant()));
    }

    public Slice<NoticeItem> mine(Pageable pageable) {
        long me = me();
        return notices.findFor(me, pageable).map(n -> {
            String[] parts = n.getText().split(SEPARATOR, -1);
            return new NoticeItem(n.getId(), parts[0], Arrays.copyOfRange(parts, 1, parts.length), n.getLink(),
                    n.getCreatedAt(), n.getReadAt() == null);
        });
    }

    public long unread() {
        return authorization.currentActor().filter(a -> !a.isSystem())
                .map(a -> notices.countByPersonIdAndReadAtIsNull(a.personId())).orElse(0L);
    }

    @Transactional
    public void markAllRead() {
        notices.markRead(me(), clock.instant());
    }

    private long me() {
        return authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId)
                .orElseThrow(() -> new AccessDeniedException("Sign in to read your notices"));
    }
}
