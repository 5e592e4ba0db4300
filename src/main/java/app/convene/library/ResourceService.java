package app.convene.library;

import app.convene.library.internal.LibraryQueries;
import app.convene.library.internal.LibraryTagQueries;
import app.convene.library.internal.Resource;
import app.convene.library.internal.ResourceRepository;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's resources: links, files and their versions (every earlier version kept), the visible list with
 * the latest version of each, one resource with its versions, and downloads. Authorized from the stored row by
 * {@link ResourceAccess}; every write audited and put in the outbox for the search index.
 */
@Service
@Transactional(readOnly = true)
public class ResourceService {

    private final ResourceRepository resources;
    private final LibraryQueries queries;
    private final LibraryTagQueries tags;
    private final ResourceAccess access;
    private final UploadCheck uploads;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final LibraryNotices notices;
    private final Clock clock;
    private final SharedReads shared;

    ResourceService(ResourceRepository resources, LibraryQueries queries, LibraryTagQueries tags, ResourceAccess access,
                    UploadCheck uploads, BlobStore blobs, AuditLog audit, LibraryNotices notices, Clock clock,
                    SharedReads shared) {
        this.shared = shared;
        this.notices = notices;
        this.resources = resources;
        this.queries = queries;
        this.tags = tags;
        this.access = access;
        this.uploads = uploads;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a link (http or https) to the initiative's library, or to one of its workgroups'. */
    @Transactional
    public long addLink(long initiativeId, ResourceDraft draft) {
        return addLink(initiativeId, draft, List.of());
    }

    /** As {@link #addLink(long, ResourceDraft)}, with topic tags of the initiative's taxonomy, in one transaction. */
    @Transactional
    public long addLink(long initiativeId, ResourceDraft draft, Collection<Long> tagIds) {
        Resource resource = create(initiativeId, ResourceKind.LINK, prepare(initiativeId, ResourceKind.LINK, draft));
        tags.setTags(resource.getId(), initiativeId, Set.copyOf(tagIds));
        queries.outbox(resource.getId(), null, "UPSERT", clock.instant());
        audit.record("library.linkAdded", "resource", resource.getId(), initiativeId, null, summary(resource));
        notices.added(resource, access.actor());
        return resource.getId();
    }

    /** Adds a file as the first version of a new resource; the upload is checked before anything is saved. */
    @Transactional
    public long addFile(long initiativeId, ResourceDraft draft, String fileName, InputStream content, String note) {
        return addFile(initiativeId, draft, List.of(), fileName, content, note);
    }

    /** As {@link #addFile(long, ResourceDraft, String, InputStream, String)}, with topic tags, in one transaction. */
    @Transactional
    public long addFile(long initiativeId, ResourceDraft draft, Collection<Long> tagIds, String fileName,
                        InputStream content, String note) {
        ResourceDraft checkedDraft = prepare(initiativeId, ResourceKind.FILE, draft);
        try (UploadCheck.Checked checked = uploads.check(fileName, content)) {
            Resource resource = create(initiativeId, ResourceKind.FILE, checkedDraft);
            tags.setTags(resource.getId(), initiativeId, Set.copyOf(tagIds));
            long versionId = store(resource, checked, note);
            audit.record("library.fileAdded", "resource", resource.getId(), initiativeId, null,
                    Map.of("title", resource.getTitle(), "file", checked.fileName(), "version", versionId));
            notices.added(resource, access.actor());
            return resource.getId();
        }
    }

    /** Uploads a new version of a file with a note; every earlier version stays and still downloads. */
    @Transactional
    public long addVersion(long resourceId, String fileName, InputStream content, String note) {
        Resource resource = resources.findById(resourceId).filter(access::maySee)
                .orElseThrow(() -> access.refused("add a version to resource " + resourceId));
        access.checkChange(resource, "add a version to resource " + resourceId);
        if (resource.getKind() != ResourceKind.FILE) {
            throw new ValidationError(UploadCheck.FIELD, "library.file.notAFile");
        }
        try (UploadCheck.Checked checked = uploads.check(fileName, content)) {
            queries.lockResource(resourceId);
            long versionId = store(resource, checked, note);
            audit.record("library.versionAdded", "resource", resourceId, resource.getInitiativeId(), null,
                    Map.of("file", checked.fileName(), "version", versionId));
            return versionId;
        }
    }

    /** One page of the initiative's resources the reader may see, newest first, with the latest version of each. */
    public List<ResourceItem> list(long initiativeId, int offset, int limit) {
        if (!access.mayBrowse(initiativeId)) {
            return List.of();
        }
        LibraryQueries.Reader reader = access.reader(initiativeId).alike();
        int capped = Math.min(limit, 200);
        return shared.get(new Visible(initiativeId, reader, offset, capped),
                () -> List.copyOf(queries.visible(initiativeId, reader, offset, capped)));
    }

    /**
     * How many resources the reader may see. This and {@link #list} are read once per data version for all who see
     * the same ({@link SharedReads}, decision 81: the initiative page shows the latest and the count at every visit).
     */
    public int count(long initiativeId) {
        if (!access.mayBrowse(initiativeId)) {
            return 0;
        }
        LibraryQueries.Reader reader = access.reader(initiativeId).alike();
        return shared.get(new Counted(initiativeId, reader), () -> queries.countVisible(initiativeId, reader));
    }

    private record Visible(long initiativeId, LibraryQueries.Reader reader, int offset, int limit) {
    }

    private record Counted(long initiativeId, LibraryQueries.Reader reader) {
    }

    /** A resource with every version; refused (as if there were none) to whoever may not read it. */
    public ResourceDetails get(long resourceId) {
        Resource resource = visible(resourceId, "read resource " + resourceId);
        List<VersionItem> versions = queries.versions(resourceId);
        ResourceItem item = new ResourceItem(resource.getId(), resource.getInitiativeId(), resource.getWorkgroupId(),
                resource.getTitle(), resource.getDescription(), resource.getKind(), resource.getUrl(),
                resource.getType(), resource.getLanguage(), resource.getVisibility(), resource.getCreatedAt(),
                versions.isEmpty() ? null : versions.getFirst());
        return new ResourceDetails(item, resource.getVersion(), versions, tags.tagsOf(resourceId),
                access.mayChange(resource), access.mayCurate(resource));
    }

    /** Replaces the resource's topic tags (only tags of its own initiative count). */
    @Transactional
    public void setTags(long resourceId, Collection<Long> tagIds) {
        Resource resource = visible(resourceId, "tag resource " + resourceId);
        access.checkChange(resource, "tag resource " + resourceId);
        List<String> before = tags.tagsOf(resourceId).stream().map(LibraryTag::name).toList();
        tags.setTags(resourceId, resource.getInitiativeId(), Set.copyOf(tagIds));
        queries.outbox(resourceId, null, "UPSERT", clock.instant());
        audit.record("library.tagged", "resource", resourceId, resource.getInitiativeId(), Map.of("tags", before),
                Map.of("tags", tags.tagsOf(resourceId).stream().map(LibraryTag::name).toList()));
    }

    /**
     * Changes the details (title, description, type, language, visibility; a link's address) and the tags. The
     * workgroup stays. Refused when someone changed the resource since {@code expectedVersion} was read.
     *
     * @throws OptimisticLockingFailureException if the resource changed since {@code expectedVersion}
     */
    @Transactional
    public void edit(long resourceId, long expectedVersion, ResourceDraft changes, Collection<Long> tagIds) {
        Resource resource = resources.findForChangeById(resourceId).filter(access::maySee)
                .orElseThrow(() -> access.refused("change resource " + resourceId));
        access.checkChange(resource, "change resource " + resourceId);
        if (resource.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The resource changed since it was opened");
        }
        ResourceDraft checked = ResourceDrafts.check(changes == null ? null : new ResourceDraft(changes.title(),
                changes.description(), changes.type(), changes.language(), changes.visibility(),
                resource.getWorkgroupId(), changes.url()), resource.getKind());
        Map<String, Object> before = ResourceDrafts.audited(resource, tags.tagsOf(resourceId));
        resource.describe(checked.title(), checked.description(), checked.url(), checked.type(), checked.language(),
                checked.visibility());
        resources.saveAndFlush(resource);
        tags.setTags(resourceId, resource.getInitiativeId(), Set.copyOf(tagIds));
        queries.outbox(resourceId, null, "UPSERT", clock.instant());
        audit.record("library.edited", "resource", resourceId, resource.getInitiativeId(), before,
                ResourceDrafts.audited(resource, tags.tagsOf(resourceId)));
    }

    /** The largest file the server accepts, in bytes (the upload field's limit is only a convenience). */
    public long maxUploadBytes() {
        return uploads.maxBytes();
    }

    /** Any version's file, for whoever may read its resource; the caller closes the stream. */
    public FileDownload download(long versionId) {
        LibraryQueries.StoredFile file = queries.file(versionId)
                .orElseThrow(() -> access.refused("download file " + versionId));
        visible(file.resourceId(), "download file " + versionId);
        try {
            return new FileDownload(file.fileName(), file.mediaType(), file.size(), blobs.open(file.blobKey()));
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    /** Removes the resource with all its versions (the curators: the coordinators, its workgroup's leads). */
    @Transactional
    public void remove(long resourceId) {
        Resource resource = visible(resourceId, "remove resource " + resourceId);
        access.checkCurate(resource, "remove resource " + resourceId);
        Map<String, Object> before = summary(resource);
        resources.delete(resource);
        queries.outbox(resourceId, null, "DELETE", clock.instant());
        audit.record("library.removed", "resource", resourceId, resource.getInitiativeId(), before, null);
    }

    private Resource visible(long resourceId, String doing) {
        return resources.findById(resourceId).filter(access::maySee).orElseThrow(() -> access.refused(doing));
    }

    /** Checks the right to add there (the workgroup must be one of the initiative's), then the fields. */
    private ResourceDraft prepare(long initiativeId, ResourceKind kind, ResourceDraft draft) {
        Long workgroupId = draft == null ? null : draft.workgroupId();
        access.checkAdd(initiativeId, workgroupId);
        if (workgroupId != null && !access.workgroupOf(initiativeId, workgroupId)) {
            throw access.refused("add to workgroup " + workgroupId + " of initiative " + initiativeId);
        }
        return ResourceDrafts.check(draft, kind);
    }

    private Resource create(long initiativeId, ResourceKind kind, ResourceDraft checked) {
        Actor actor = access.actor();
        Resource resource = new Resource(initiativeId, checked.workgroupId(), kind, actor.personId(), clock.instant());
        resource.describe(checked.title(), checked.description(), checked.url(), checked.type(), checked.language(),
                checked.visibility());
        return resources.saveAndFlush(resource);
    }

    private long store(Resource resource, UploadCheck.Checked checked, String note) {
        String key;
        try (InputStream in = Files.newInputStream(checked.file())) {
            key = blobs.put(in);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Long uploadedBy = access.actor().personId();
        long versionId = queries.insertVersion(resource.getId(), key, checked.fileName(), checked.mediaType(),
                checked.size(), ResourceDrafts.note(note), uploadedBy, clock.instant());
        queries.outbox(resource.getId(), versionId, "UPSERT", clock.instant());
        return versionId;
    }

    private static Map<String, Object> summary(Resource resource) {
        return Map.of("title", resource.getTitle(), "kind", resource.getKind().name(),
                "visibility", resource.getVisibility().name());
    }
}
