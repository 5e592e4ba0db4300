package app.convene.workgroups.ui;

import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.PagedList;
import app.convene.shared.ui.PersonNames;
import app.convene.workgroups.ActivityItem;
import app.convene.workgroups.WorkgroupNoteService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The activity tab: what changed in the workgroup, newest first, a page at a time. */
class ActivityPanel extends Div {

    private final DateTimes dates;

    ActivityPanel(WorkgroupNoteService notes, DateTimes dates, long workgroupId) {
        this.dates = dates;
        add(new PagedList<>(page -> notes.activity(workgroupId, page), this::line, 20,
                getTranslation("workgroup.moreActivity")));
    }

    private Component line(ActivityItem item) {
        return new Span(dates.dateTime(item.at(), getLocale()) + " · " + getTranslation("activity." + item.kind(),
                PersonNames.shown(this, item.actor()),
                item.detail() == null ? "" : PersonNames.shown(this, item.detail())));
    }
}
