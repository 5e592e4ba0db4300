/**
 * Milestones on an initiative's phases: owners, due dates, statuses with a progress history,
 * dependencies, the timeline drawn as server-side SVG, the coordinators' dashboard, the iCalendar
 * feed and the overdue notices.
 */
@ApplicationModule(displayName = "Timeline",
        allowedDependencies = {"initiatives", "notifications", "security", "shared", "workgroups"})
package app.convene.timeline;

import org.springframework.modulith.ApplicationModule;
