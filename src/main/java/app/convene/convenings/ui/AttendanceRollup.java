package app.convene.convenings.ui;

import app.convene.convenings.AttendanceService;
import app.convene.convenings.AttendanceService.Rollup;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** The organizers' page's attendance: how many came, from how many organizations, and how many from each. */
class AttendanceRollup extends Section {

    AttendanceRollup(AttendanceService attendance, long conveningId) {
        PageSection.titled(this, "organize-attendance", getTranslation("attendance.rollup.title"));
        Rollup rollup = attendance.rollup(conveningId);
        Paragraph total = new Paragraph(getTranslation("attendance.summary", rollup.total(), rollup.organizations()));
        total.setId("organize-attendance-total");
        add(total);
        if (!rollup.byOrganization().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("organize-attendance-organizations");
            rollup.byOrganization().forEach((organization, count) -> list.add(new ListItem(getTranslation(
                    "rsvp.organize.count", organization == null ? getTranslation("attendance.rollup.noOrganization")
                            : organization, count))));
            add(list);
        }
        Anchor link = new Anchor("convenings/" + conveningId + "/attendance", getTranslation("attendance.part.hosts"));
        link.setId("organize-attendance-link");
        add(new Paragraph(link));
    }
}
