package app.convene.library;

import app.convene.library.internal.Resource;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.workgroups.WorkgroupService;
import org.springframework.stereotype.Component;

/**
 * A new resource in a workgroup's library: the workgroup's members (leads too) hear of it, except the person
 * who added it and anyone who may not read it (the resource's visibility, as {@link ResourceAccess} decides for
 * that person). Callers hold the transaction.
 */
@Component
class LibraryNotices {

    private final NoticeService notices;
    private final WorkgroupService workgroups;
    private final ResourceAccess access;

    LibraryNotices(NoticeService notices, WorkgroupService workgroups, ResourceAccess access) {
        this.notices = notices;
        this.workgroups = workgroups;
        this.access = access;
    }

    void added(Resource resource, Actor by) {
        if (resource.getWorkgroupId() == null) {
            return;
        }
        String workgroup = Authorization.runAsSystem(() -> workgroups.details(resource.getWorkgroupId()).name());
        for (long member : Authorization.runAsSystem(() -> workgroups.memberIds(resource.getWorkgroupId()))) {
            if (!Long.valueOf(member).equals(by.personId())
                    && Authorization.runAs(new Actor(member, "", false), () -> access.maySee(resource))) {
                notices.notify(Notification.of(NoticeKind.NEW_RESOURCE, member, "notice.newResource",
                        resource.getTitle(), workgroup, by.name()).in(resource.getInitiativeId())
                        .linkTo("library/" + resource.getId()));
            }
        }
    }
}
