/**
 * Impact indicators of an initiative's strategic goals: what is measured, its baseline and target, values per
 * period (entered or imported from CSV with a preview), each drawn as a small server-side SVG chart with the same
 * numbers in a table, on the initiative's page (public indicators for visitors) and on the coordinators' page.
 */
@ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"initiatives", "security", "shared"})
package app.convene.indicators;

import org.springframework.modulith.ApplicationModule;
