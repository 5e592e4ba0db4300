package app.convene.library;

import app.convene.convenings.ConveningAccess;
import app.convene.library.internal.LibraryQueries;
import app.convene.library.internal.Resource;
import app.convene.library.internal.ResourceLinkQueries;
import app.convene.library.internal.ResourceRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.database.SharedReads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links from a resource to goals, workgroups, convenings (as pre-work) and recommendations (as evidence) of the
 * SAME initiative, and the other way round: the resources linked to one of them. Curators link and unlink (the
 * coordinators; the leads of the resource's workgroup), decided from the stored resource row; a target is
 * accepted only when it exists in the resource's own initiative and the curator may see it. Readers see a link
 * only when they may see both the resource and the target (a committee-only convening's title stays hidden).
 */
@Service
@Transactional(readOnly = true)
public class ResourceLinkService {

    private final ResourceRepository resources;
    private final ResourceLinkQueries links;
    private final ResourceAccess access;
    private final Authorization authorization;
    private final ConveningAccess convenings;
    private final AuditLog audit;
    private final SharedReads shared;

    ResourceLinkService(ResourceRepository resources, ResourceLinkQueries links, ResourceAccess access,
                        Authorization authorization, ConveningAccess convenings, AuditLog audit, SharedReads shared) {
        this.resources = resources;
        this.shared = shared;
        this.links = links;
        this.access = access;
        this.authorization = authorization;
        this.convenings = convenings;
        this.audit = audit;
    }

    /** What the resource is linked to, as far as the reader may see it; refused like a missing resource. */
    public List<LinkTarget> links(long resourceId) {
        Resource resource = resources.findById(resourceId).filter(access::maySee)
                .orElseThrow(() -> access.refused("read resource " + resourceId));
        return links.links(resourceId).stream()
                .filter(link -> maySeeTarget(link.kind(), link.targetId(), resource.getInitiativeId()))
                .flatMap(link -> links.target(link.kind(), link.targetId()).stream()).toList();
    }

    /** Whether the current person may link and unlink this resource. */
    public boolean mayLink(long resourceId) {
        return resources.findById(resourceId).filter(access::maySee).filter(this::mayCurate).isPresent();
    }

    /** What the curator may still link the resource to: its initiative's targets they may see, not yet linked. */
    public List<LinkTarget> options(long resourceId) {
        Resource resource = curated(resourceId, "link resource " + resourceId);
        Set<ResourceLinkQueries.Link> linked = Set.copyOf(links.links(resourceId));
        List<LinkTarget> options = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            links.targets(kind, resource.getInitiativeId()).stream()
                    .filter(t -> !linked.contains(new ResourceLinkQueries.Link(kind, t.id())))
                    .filter(t -> maySeeTarget(kind, t.id(), resource.getInitiativeId()))
                    .forEach(options::add);
        }
        return options;
    }

    /** Links the resource to a target of its own initiative (linking twice changes nothing). */
    @Transactional
    public void link(long resourceId, LinkKind kind, long targetId) {
        String doing = "link resource " + resourceId + " to " + kind + " " + targetId;
        Resource resource = curated(resourceId, doing);
        long initiativeId = resource.getInitiativeId();
        Optional<LinkTarget> target = links.initiativeOf(kind, targetId).filter(id -> id == initiativeId)
                .filter(id -> maySeeTarget(kind, targetId, initiativeId))
                .flatMap(id -> links.target(kind, targetId));
        if (target.isEmpty()) {
            throw access.refused(doing);
        }
        if (links.link(resourceId, kind, targetId)) {
            audit.record("library.linked", "resource", resourceId, initiativeId, null, change(target.get()));
        }
    }

    /** Removes a link of the resource (also one whose target is gone). */
    @Transactional
    public void unlink(long resourceId, LinkKind kind, long targetId) {
        Resource resource = curated(resourceId, "unlink resource " + resourceId + " from " + kind + " " + targetId);
        if (links.unlink(resourceId, kind, targetId)) {
            LinkTarget before = links.target(kind, targetId).orElse(new LinkTarget(kind, targetId, null));
            audit.record("library.unlinked", "resource", resourceId, resource.getInitiativeId(), change(before), null);
        }
    }

    /**
     * The resources linked to the target that the reader may see; none when they may not see the target. Both reads
     * are shared by requests while the database is unchanged (decision 67): the list is keyed by what the reader may
     * see ({@link LibraryQueries.Reader}), visitors share one list, each signed-in person has their own.
     */
    public List<LinkedResource> linkedTo(LinkKind kind, long targetId) {
        return shared.get(new TargetOf(kind, targetId), () -> links.initiativeOf(kind, targetId))
                .filter(initiativeId -> access.mayBrowse(initiativeId) && maySeeTarget(kind, targetId, initiativeId))
                .map(initiativeId -> {
                    LibraryQueries.Reader reader = access.reader(initiativeId);
                    return shared.get(new LinkedTo(kind, targetId, initiativeId, reader),
                            () -> List.copyOf(links.linkedTo(kind, targetId, initiativeId, reader)));
                })
                .orElse(List.of());
    }

    private record TargetOf(LinkKind kind, long targetId) {
    }

    private record LinkedTo(LinkKind kind, long targetId, long initiativeId, LibraryQueries.Reader reader) {
    }

    private Resource curated(long resourceId, String doing) {
        return resources.findById(resourceId).filter(access::maySee).filter(this::mayCurate)
                .orElseThrow(() -> access.refused(doing));
    }

    /** The library's curators: the coordinators, and for a workgroup's resource its leads too. */
    private boolean mayCurate(Resource resource) {
        Long workgroupId = resource.getWorkgroupId();
        return workgroupId == null ? authorization.can(Action.CURATE_LIBRARY, resource.getInitiativeId())
                : authorization.canInWorkgroup(Action.CURATE_LIBRARY, workgroupId);
    }

    /** Goals and workgroups are public facts of the initiative; convenings and recommendations have their rules. */
    private boolean maySeeTarget(LinkKind kind, long targetId, long initiativeId) {
        return switch (kind) {
            case GOAL, WORKGROUP -> true;
            case CONVENING -> convenings.maySee(targetId);
            case RECOMMENDATION -> authorization.can(Action.VIEW_RECOMMENDATIONS, initiativeId);
        };
    }

    private static Map<String, Object> change(LinkTarget target) {
        return target.name() == null ? Map.of("kind", target.kind().name(), "target", target.id())
                : Map.of("kind", target.kind().name(), "target", target.id(), "name", target.name());
    }
}
