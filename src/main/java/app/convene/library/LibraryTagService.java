package app.convene.library;

import app.convene.library.internal.LibraryQueries;
import app.convene.library.internal.LibraryTagQueries;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The initiative's tag taxonomy: everyone reads it; the coordinators add, rename and remove tags. */
@Service
@Transactional(readOnly = true)
public class LibraryTagService {

    static final int MAX_NAME = 100;

    private final LibraryTagQueries tags;
    private final LibraryQueries queries;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;

    LibraryTagService(LibraryTagQueries tags, LibraryQueries queries, Authorization authorization, AuditLog audit,
                      Clock clock) {
        this.tags = tags;
        this.queries = queries;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LibraryTag> tags(long initiativeId) {
        return tags.tags(initiativeId);
    }

    /** Whether the current person may add, rename and remove the initiative's tags (its coordinators). */
    public boolean mayManage(long initiativeId) {
        return authorization.can(Action.MANAGE_LIBRARY_TAGS, initiativeId);
    }

    @Transactional
    public long add(long initiativeId, String name, String group) {
        authorization.check(Action.MANAGE_LIBRARY_TAGS, initiativeId);
        String checked = name(initiativeId, name, 0);
        String heading = group == null || group.isBlank() ? null : group.strip();
        if (heading != null && heading.length() > MAX_NAME) {
            throw new ValidationError("group", "library.tag.tooLong", MAX_NAME);
        }
        long id = tags.insert(initiativeId, checked, heading);
        audit.record("library.tagAdded", "library_tag", id, initiativeId, null, Map.of("name", checked));
        return id;
    }

    @Transactional
    public void rename(long tagId, String name) {
        LibraryTag tag = stored(tagId);
        String checked = name(tag.initiativeId(), name, tagId);
        tags.rename(tagId, checked);
        audit.record("library.tagRenamed", "library_tag", tagId, tag.initiativeId(), Map.of("name", tag.name()),
                Map.of("name", checked));
    }

    /** Removes the tag from the taxonomy and from every resource (which the search index then re-reads). */
    @Transactional
    public void remove(long tagId) {
        LibraryTag tag = stored(tagId);
        for (long resourceId : tags.delete(tagId)) {
            queries.outbox(resourceId, null, "UPSERT", clock.instant());
        }
        audit.record("library.tagRemoved", "library_tag", tagId, tag.initiativeId(), Map.of("name", tag.name()), null);
    }

    /** The stored tag, once the current person may manage its initiative's tags. */
    private LibraryTag stored(long tagId) {
        LibraryTag tag = tags.tag(tagId).orElseThrow(() -> new AccessDeniedException("No library tag " + tagId));
        authorization.check(Action.MANAGE_LIBRARY_TAGS, tag.initiativeId());
        return tag;
    }

    private String name(long initiativeId, String name, long exceptTagId) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new ValidationError("name", "library.tag.required");
        }
        if (text.length() > MAX_NAME) {
            throw new ValidationError("name", "library.tag.tooLong", MAX_NAME);
        }
        if (tags.nameTaken(initiativeId, text, exceptTagId)) {
            throw new ValidationError("name", "library.tag.taken", text);
        }
        return text;
    }
}
