/**
 * Reports of recommendations drafted by the steering committee: ordered sections, recommendations
 * with numbered revisions, conflict-safe saves and word-level comparison of any two revisions.
 */
@ApplicationModule(displayName = "Recommendations",
        allowedDependencies = {"initiatives", "notifications", "security", "shared", "workgroups"})
package app.convene.recommendations;

import org.springframework.modulith.ApplicationModule;
