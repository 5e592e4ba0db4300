package app.convene.library;

import java.time.Instant;

/** A resource as the library's list shows it: with its latest version (null for a link). */
public record ResourceItem(long id, long initiativeId, Long workgroupId, String title, String description,
                           ResourceKind kind, String url, ResourceType type, ResourceLanguage language,
                           ResourceVisibility visibility, Instant createdAt, VersionItem latest) {
}
