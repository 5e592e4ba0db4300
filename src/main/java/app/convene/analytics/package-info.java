/**
 * The participation and equity dashboard: the funnel from registration to contribution per quarter and by
 * sector, place, organization type and the self-identified demographics (those only through disclosure
 * control), representation targets against the actual, milestone progress, the recommendation pipeline and
 * convenings, drawn as SVG with a table twin and a CSV download each. A reporting read model: it reads other
 * modules' tables with aggregate SQL of its own (decision 0043) and owns only the targets.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {"initiatives", "security", "shared", "stakeholders"})
package app.convene.analytics;

import org.springframework.modulith.ApplicationModule;
