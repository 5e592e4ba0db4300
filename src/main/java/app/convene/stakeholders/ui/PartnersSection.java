package app.convene.stakeholders.ui;

import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.PartnerGroup;
import app.convene.stakeholders.PartnerItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The partner organizations on an initiative's page (offices with their jurisdiction), grouped by their
 * role, and by county first when the initiative says so; each group a page at a time.
 */
@Service
class PartnersSection implements InitiativeSection {

    static final int PAGE_SIZE = 12;

    private final OrganizationService organizations;

    PartnersSection(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return PARTNERS;
    }

    @Override
    public Optional<Component> create(InitiativeContext initiative) {
        return Optional.of(new Partners(organizations, initiative));
    }

    private static final class Partners extends Section {

        Partners(OrganizationService organizations, InitiativeContext initiative) {
            // The groups' counts give the total: no separate count of the partners.
            List<PartnerGroup> groups = organizations.partnerGroups(initiative.id());
            long count = groups.stream().mapToLong(PartnerGroup::count).sum();
            PageSection.titled(this, "partners", getTranslation("initiative.partners", count));
            if (count == 0) {
                add(new Paragraph(getTranslation("initiative.partners.none")));
                return;
            }
            boolean byCounty = organizations.partnersByCounty(initiative.id());
            String county = null;
            for (int i = 0; i < groups.size(); i++) {
                PartnerGroup group = groups.get(i);
                if (byCounty && (i == 0 || !Objects.equals(county, group.county()))) {
                    county = group.county();
                    add(Markup.textIn("h3", county == null ? getTranslation("partners.noCounty") : county));
                }
                String heading = getTranslation("partners.group", getTranslation("partner.role." + group.role().name()),
                        group.count());
                add(Markup.textIn(byCounty ? "h4" : "h3", heading)); // one state node a heading (decision 79)
                add(PagedList.ofMarkup(page -> organizations.partnersIn(initiative.id(), group, page), this::partner,
                        PAGE_SIZE, getTranslation("initiative.partners.more")));
            }
        }

        /** A partner's card: read-only, written as markup (decision 55). */
        private void partner(PartnerItem partner, Markup html) {
            html.open("div", "class", "cv-partner").element("span", partner.displayName(), "class", "cv-partner-name");
            String where = partner.county() != null
                    ? partner.county() + (partner.region() != null ? ", " + partner.region() : "") : partner.region();
            if (where != null) {
                html.element("span", where, "class", "cv-place");
            }
            if (partner.sector() != null) {
                html.element("span", getTranslation("sector." + partner.sector().name()), "class", "cv-sector");
            }
            html.close("div");
        }
    }
}
