package app.convene.analytics.ui;

import app.convene.analytics.DataTable;
import app.convene.analytics.ParticipationDashboard;
import com.vaadin.flow.component.HasComponents;
import java.util.List;

/** The dashboard's tables in page order, shared by the initiative's page and the administrators' one. */
final class DashboardPage {

    private DashboardPage() {
    }

    static void addTables(HasComponents page, DashboardSections sections, ParticipationDashboard dashboard) {
        page.add(sections.section(dashboard.funnel()), sections.section(dashboard.quarters()));
        for (DataTable table : dashboard.byDimension()) {
            page.add(sections.section(table));
        }
        page.add(sections.section(dashboard.milestonesByPhase()), sections.section(dashboard.milestonesByWorkgroup()),
                sections.section(dashboard.recommendations(), List.of(0)), sections.section(dashboard.convenings()),
                sections.section(dashboard.accommodations()));
    }
}
