/**
 * Initiatives: the coalition's own facts (name, region, vision, mission), its strategic goals with their
 * strategies, and the phases of its plan; the public initiative page, built from the sections the modules
 * above it contribute; people and roles. Its API: {@link app.convene.initiatives.InitiativeService},
 * {@link app.convene.initiatives.InitiativeDirectory} and the {@link app.convene.initiatives.InitiativePage} base.
 */
@ApplicationModule(displayName = "Initiatives", allowedDependencies = {"security", "shared"})
package app.convene.initiatives;

import org.springframework.modulith.ApplicationModule;
