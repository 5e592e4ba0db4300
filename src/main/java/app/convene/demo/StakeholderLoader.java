package app.convene.demo;

import app.convene.demo.internal.DemoSeed;
import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.stakeholders.ImportPreview;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.StakeholderImportService;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Invented stakeholders per initiative: {@code demo/stakeholders/<slug>.csv} through the CSV
 * import (approved), {@code <slug>-pending.csv} through the public registration (waiting).
 */
@Lazy
@Component
class StakeholderLoader {

    private final InitiativeService initiatives;
    private final StakeholderImportService imports;
    private final RegistrationService registrations;

    StakeholderLoader(InitiativeService initiatives, StakeholderImportService imports,
                      RegistrationService registrations) {
        this.initiatives = initiatives;
        this.imports = imports;
        this.registrations = registrations;
    }

    void load(List<DemoSeed> coalitions) {
        int address = 0;
        for (DemoSeed seed : coalitions) {
            String slug = seed.initiative().slug();
            long initiativeId = initiatives.findPublicBySlug(slug).map(InitiativeDetails::id).orElseThrow();
            byte[] approved = DemoResources.resource("demo/stakeholders/" + slug + ".csv");
            if (approved != null) {
                imports.commit(initiativeId, imports.preview(initiativeId, approved));
            }
            byte[] pending = DemoResources.resource("demo/stakeholders/" + slug + "-pending.csv");
            if (pending != null) {
                for (ImportPreview.Row row : imports.preview(initiativeId, pending).rows()) {
                    registrations.register(initiativeId, new NewRegistration(row.name(), row.email(), null,
                            row.organization(), row.title(), row.sector(), row.county(), row.region(), row.languages(),
                            null, Set.of(), row.directoryConsent(), null), "demo-" + address++);
                }
            }
        }
    }
}
