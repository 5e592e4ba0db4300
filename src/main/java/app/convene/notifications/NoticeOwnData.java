package app.convene.notifications;

import app.convene.notifications.internal.Notice;
import app.convene.notifications.internal.NoticeRepository;
import app.convene.security.OwnDataContribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notices a person received, as their part of their own data (notices name no initiative). */
@Component
@Transactional(readOnly = true)
class NoticeOwnData implements OwnDataContribution {

    private final NoticeRepository notices;

    NoticeOwnData(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        List<Map<String, Object>> entries = notices.findFor(personId, Pageable.unpaged()).stream()
                .map(NoticeOwnData::entry).toList();
        return Map.of("notices", entries);
    }

    private static Map<String, Object> entry(Notice notice) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("text", notice.getText());
        entry.put("link", notice.getLink());
        entry.put("receivedAt", notice.getCreatedAt());
        entry.put("readAt", notice.getReadAt());
        return entry;
    }
}
