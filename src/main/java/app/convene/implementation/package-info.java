/**
 * Published recommendations tracked into implementation: an owner organization of the initiative, a status
 * (not started, in progress, implemented, not pursued with a reason), linked milestones and indicators of the same
 * initiative and dated, append-only progress updates. Shown on the recommendation's page and, per published recommendation,
 * on the initiative's public page (decision 0042).
 */
@ApplicationModule(displayName = "Implementation",
        allowedDependencies = {"indicators", "recommendations", "security", "shared"})
package app.convene.implementation;

import org.springframework.modulith.ApplicationModule;
