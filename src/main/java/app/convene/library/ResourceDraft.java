package app.convene.library;

/**
 * What a form sends to add a resource. {@code workgroupId}: the workgroup it belongs to (its leads curate it;
 * required for {@link ResourceVisibility#WORKGROUP}), or null for the initiative. {@code url}: for links only.
 */
public record ResourceDraft(String title, String description, ResourceType type, ResourceLanguage language,
                            ResourceVisibility visibility, Long workgroupId, String url) {
}
