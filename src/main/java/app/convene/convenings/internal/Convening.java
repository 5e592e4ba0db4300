package app.convene.convenings.internal;

import app.convene.convenings.ConveningFormat;
import app.convene.convenings.ConveningKind;
import app.convene.convenings.ConveningStatus;
import app.convene.convenings.ConveningVisibility;
import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One convening (an occurrence of a series, or a meeting on its own). Cancelled ones stay, never deleted. */
@Entity
@Table(name = "convening")
public class Convening extends BaseEntity {

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;
    @Column(name = "series_id")
    private Long seriesId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConveningKind kind;
    @Column(nullable = false, length = 200)
    private String title;
    private String description;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConveningFormat format;
    private String venue;
    private String address;
    @Column(name = "access_notes")
    private String accessNotes;
    @Column(name = "online_link")
    private String onlineLink;
    private Integer capacity;
    @Column(name = "rsvp_deadline")
    private Instant rsvpDeadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConveningVisibility visibility;
    @Column(name = "host_workgroup_id")
    private Long hostWorkgroupId;
    @Column(name = "phase_id")
    private Long phaseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConveningStatus status = ConveningStatus.SCHEDULED;
    @Column(name = "sequence", nullable = false)
    private int sequence;
    @Column(name = "created_by")
    private Long createdBy;

    protected Convening() {
    }

    public Convening(long initiativeId, Long seriesId, Long createdBy) {
        this.initiativeId = initiativeId;
        this.seriesId = seriesId;
        this.createdBy = createdBy;
    }

    /** What is said about it (no effect on people's calendars beyond the title). */
    public void describe(ConveningKind kind, String title, String description, Integer capacity, Instant rsvpDeadline,
                         ConveningVisibility visibility, Long hostWorkgroupId, Long phaseId) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.capacity = capacity;
        this.rsvpDeadline = rsvpDeadline;
        this.visibility = visibility;
        this.hostWorkgroupId = hostWorkgroupId;
        this.phaseId = phaseId;
    }

    /** Time and place; raises the RFC 5546 sequence when either changes (not on the first write). */
    public void schedule(Instant startsAt, Instant endsAt, ConveningFormat format, String venue, String address,
                         String accessNotes, String onlineLink) {
        boolean changed = this.startsAt != null && (!startsAt.equals(this.startsAt) || !endsAt.equals(this.endsAt)
                || format != this.format || !Objects.equals(venue, this.venue) || !Objects.equals(address, this.address)
                || !Objects.equals(onlineLink, this.onlineLink));
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = format;
        this.venue = venue;
        this.address = address;
        this.accessNotes = accessNotes;
        this.onlineLink = onlineLink;
        if (changed) {
            sequence++;
        }
    }

    /** Cancels it (raising the sequence); its RSVPs stay for the record. */
    public void cancel() {
        if (status != ConveningStatus.CANCELLED) {
            status = ConveningStatus.CANCELLED;
            sequence++;
        }
    }

    /** Takes it out of its series, e.g. when the series' changes should no longer reach it. */
    public void leaveSeries() {
        seriesId = null;
    }

    public long getInitiativeId() { return initiativeId; }
    public Long getSeriesId() { return seriesId; }
    public ConveningKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public ConveningFormat getFormat() { return format; }
    public String getVenue() { return venue; }
    public String getAddress() { return address; }
    public String getAccessNotes() { return accessNotes; }
    public String getOnlineLink() { return onlineLink; }
    public Integer getCapacity() { return capacity; }
    public Instant getRsvpDeadline() { return rsvpDeadline; }
    public ConveningVisibility getVisibility() { return visibility; }
    public Long getHostWorkgroupId() { return hostWorkgroupId; }
    public Long getPhaseId() { return phaseId; }
    public ConveningStatus getStatus() { return status; }
    public int getSequence() { return sequence; }
    public Long getCreatedBy() { return createdBy; }
}
