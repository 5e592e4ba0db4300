package app.convene.library;

import app.convene.library.internal.Resource;
import app.convene.shared.ValidationError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A resource's fields as the service saves them, or a message by the field that is wrong. */
final class ResourceDrafts {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_URL = 2000;
    static final int MAX_NOTE = 1000;

    private ResourceDrafts() {
    }

    static ResourceDraft check(ResourceDraft draft, ResourceKind kind) {
        if (draft == null) {
            throw new ValidationError("title", "library.title.required");
        }
        String title = trimmed(draft.title());
        if (title == null) {
            throw new ValidationError("title", "library.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new ValidationError("title", "library.title.tooLong", MAX_TITLE);
        }
        String description = trimmed(draft.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new ValidationError("description", "library.description.tooLong", MAX_DESCRIPTION);
        }
        required(draft.type(), "type");
        required(draft.language(), "language");
        required(draft.visibility(), "visibility");
        if (draft.visibility() == ResourceVisibility.WORKGROUP && draft.workgroupId() == null) {
            throw new ValidationError("workgroupId", "library.workgroup.required");
        }
        String url = kind == ResourceKind.LINK ? link(draft.url()) : null;
        return new ResourceDraft(title, description, draft.type(), draft.language(), draft.visibility(),
                draft.workgroupId(), url);
    }

    /** A note of at most {@value #MAX_NOTE} characters, or null. */
    static String note(String note) {
        String text = trimmed(note);
        if (text != null && text.length() > MAX_NOTE) {
            throw new ValidationError("note", "library.note.tooLong", MAX_NOTE);
        }
        return text;
    }

    /** What the audit log keeps of a resource's details and tags (no empty values). */
    static Map<String, Object> audited(Resource resource, List<LibraryTag> tags) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("title", resource.getTitle());
        if (resource.getDescription() != null) {
            shown.put("description", resource.getDescription());
        }
        if (resource.getUrl() != null) {
            shown.put("url", resource.getUrl());
        }
        shown.put("type", resource.getType().name());
        shown.put("language", resource.getLanguage().name());
        shown.put("visibility", resource.getVisibility().name());
        shown.put("tags", tags.stream().map(LibraryTag::name).toList());
        return shown;
    }

    private static String link(String url) {
        String text = trimmed(url);
        if (text == null || text.length() > MAX_URL) {
            throw new ValidationError("url", "library.url.invalid");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new ValidationError("url", "library.url.invalid");
            }
            return text;
        } catch (URISyntaxException malformed) {
            throw new ValidationError("url", "library.url.invalid");
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new ValidationError(field, "library.field.required");
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
