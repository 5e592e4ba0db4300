package app.convene.convenings.internal;

import app.convene.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One item of a convening's agenda, in order. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

    @Column(name = "convening_id", nullable = false)
    private long conveningId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false)
    private int minutes;
    private String presenter;
    @Column(name = "pre_work_title")
    private String preWorkTitle;
    @Column(name = "pre_work_url")
    private String preWorkUrl;

    protected AgendaItem() {
    }

    public AgendaItem(long conveningId, int position, String title, int minutes, String presenter, String preWorkTitle,
                      String preWorkUrl) {
        this.conveningId = conveningId;
        this.position = position;
        this.title = title;
        this.minutes = minutes;
        this.presenter = presenter;
        this.preWorkTitle = preWorkTitle;
        this.preWorkUrl = preWorkUrl;
    }

    public long getConveningId() { return conveningId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public int getMinutes() { return minutes; }
    public String getPresenter() { return presenter; }
    public String getPreWorkTitle() { return preWorkTitle; }
    public String getPreWorkUrl() { return preWorkUrl; }
}
