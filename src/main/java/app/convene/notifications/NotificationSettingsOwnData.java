package app.convene.notifications;

import app.convene.notifications.internal.NotificationSettingQueries;
import app.convene.notifications.internal.NotificationSettingQueries.Stored;
import app.convene.security.OwnDataContribution;
import app.convene.security.PersonLanguages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's notification settings (every kind: the delivery in force and whether they chose it) and the
 * language of their mail, as their part of their own data (neither names an initiative).
 */
@Component
@Transactional(readOnly = true)
class NotificationSettingsOwnData implements OwnDataContribution {

    private final NotificationSettingQueries settings;
    private final PersonLanguages languages;

    NotificationSettingsOwnData(NotificationSettingQueries settings, PersonLanguages languages) {
        this.settings = settings;
        this.languages = languages;
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        Map<NoticeKind, Stored> stored = settings.of(personId);
        List<Map<String, Object>> kinds = Arrays.stream(NoticeKind.values()).map(kind -> {
            NotificationSetting setting = NotificationSettingsService.setting(kind, stored.get(kind));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", kind.name());
            entry.put("delivery", setting.delivery().name());
            entry.put("chosen", !setting.isDefault());
            return entry;
        }).toList();
        return Map.of("notificationSettings", kinds,
                "language", List.of(Map.of("language", languages.of(personId).getLanguage())));
    }
}
