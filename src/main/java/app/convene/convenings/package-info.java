/**
 * Convenings: kickoffs, session series, workgroup and committee meetings and office hours, with their
 * agendas; RSVPs from members and guests with capacity, waitlist and accommodations; attendance and
 * minutes; calendar files and invitations. Contributes the initiative page's convenings section.
 */
@ApplicationModule(displayName = "Convenings",
        allowedDependencies = {"initiatives", "notifications", "security", "shared", "stakeholders", "workgroups", "timeline"})
package app.convene.convenings;

import org.springframework.modulith.ApplicationModule;
