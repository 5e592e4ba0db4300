/**
 * Stakeholders and organizations: partners of an initiative, the public registration and its queue,
 * the members' directory, CSV import and export, one's own profile and data, participation in aggregate.
 */
@ApplicationModule(displayName = "Stakeholders", allowedDependencies = {"initiatives", "notifications", "security", "shared"})
package app.convene.stakeholders;

import org.springframework.modulith.ApplicationModule;
