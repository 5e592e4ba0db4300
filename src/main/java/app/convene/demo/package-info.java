/**
 * Demo content: the four coalitions of the product brief, loaded once into the embedded default.
 * Uses only the public APIs of the modules it fills.
 */
@ApplicationModule(displayName = "Demo content",
        allowedDependencies = {"convenings", "implementation", "indicators", "initiatives", "library", "recommendations", "notifications", "security", "shared", "stakeholders", "timeline", "workgroups"})
package app.convene.demo;

import org.springframework.modulith.ApplicationModule;
