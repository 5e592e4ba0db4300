package app.convene.demo;

import app.convene.demo.internal.DemoSeed;
import app.convene.initiatives.InitiativeService;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.OrganizationService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** One demo coalition: its initiative and its partner organizations (an office under its parent). */
@Lazy
@Component
class CoalitionLoader {

    private final InitiativeService initiatives;
    private final OrganizationService organizations;

    CoalitionLoader(InitiativeService initiatives, OrganizationService organizations) {
        this.initiatives = initiatives;
        this.organizations = organizations;
    }

    void load(DemoSeed seed) {
        long initiativeId = initiatives.create(seed.initiative());
        for (DemoSeed.Partner partner : seed.partners()) {
            long organizationId = organizations.findOrCreate(new NewOrganization(partner.name(), null, partner.type(),
                    partner.office() == null ? partner.sector() : null, partner.county(), partner.region()));
            if (partner.office() != null) {
                organizationId = organizations.findOrCreate(new NewOrganization(partner.office(), organizationId,
                        partner.type(), partner.sector(), partner.county(), partner.region()));
            }
            organizations.addPartner(initiativeId, organizationId, partner.role());
        }
        if (seed.partnersByCounty()) {
            organizations.groupPartnersByCounty(initiativeId, true);
        }
    }
}
