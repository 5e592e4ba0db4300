package app.convene.library.internal;

import app.convene.library.ResourceKind;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One library resource: a file (its versions in resource_version) or a link. */
@Entity
@Table(name = "resource")
public class Resource extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(name = "workgroup_id")
    private Long workgroupId;
    @Column(nullable = false, length = 300)
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResourceKind kind;
    private String url;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ResourceType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResourceLanguage language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResourceVisibility visibility;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Resource() {
    }

    public Resource(long initiativeId, Long workgroupId, ResourceKind kind, Long createdBy, Instant createdAt) {
        this.initiativeId = initiativeId;
        this.workgroupId = workgroupId;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets what the form edits (the url only for a link). */
    public void describe(String title, String description, String url, ResourceType type, ResourceLanguage language,
                         ResourceVisibility visibility) {
        this.title = title;
        this.description = description;
        this.url = kind == ResourceKind.LINK ? url : null;
        this.type = type;
        this.language = language;
        this.visibility = visibility;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public Long getWorkgroupId() {
        return workgroupId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public ResourceType getType() {
        return type;
    }

    public ResourceLanguage getLanguage() {
        return language;
    }

    public ResourceVisibility getVisibility() {
        return visibility;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
