/**
 * Workgroups per strategic goal: join requests and their decisions, leads and members, dated
 * notes with action items, and a feed of what changed.
 */
@ApplicationModule(displayName = "Workgroups",
        allowedDependencies = {"initiatives", "notifications", "security", "shared", "stakeholders"})
package app.convene.workgroups;

import org.springframework.modulith.ApplicationModule;
