package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PagedList;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.PartnerItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;

/**
 * Coordinators edit their initiative's partners: add one from the directory or a new organization, with
 * its role and dates; remove one (after confirming); choose whether the public list is grouped by county.
 */
@Route(value = "initiatives/:slug/partners", layout = MainLayout.class)
@PermitAll
class PartnersView extends InitiativePage {

    private final OrganizationService organizations;
    private final Authorization authorization;
    private final DateTimes dateTimes;

    PartnerForm form;
    Checkbox byCounty;
    H2 listHeading;
    PagedList<PartnerItem> list;
    private final Div listHolder = new Div();

    PartnersView(InitiativeDirectory initiatives, OrganizationService organizations, Authorization authorization,
                 DateTimes dateTimes) {
        super(initiatives);
        this.organizations = organizations;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_PARTNERS, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        byCounty = new Checkbox(getTranslation("partners.byCounty"));
        byCounty.setHelperText(getTranslation("partners.byCounty.help"));
        byCounty.setId("partners-by-county");
        byCounty.setValue(organizations.partnersByCounty(initiative.id()));
        byCounty.addValueChangeListener(e -> {
            organizations.groupPartnersByCounty(initiative.id(), e.getValue());
            Notices.success(getTranslation(e.getValue() ? "partners.byCounty.on" : "partners.byCounty.off"));
        });
        listHeading = new H2();
        listHeading.setId("partners-current-heading");
        form = new PartnerForm(organizations, initiative.id(), name -> {
            Notices.success(getTranslation("partners.added", name));
            showList();
        });
        add(breadcrumb(StakeholderAddresses.initiative(initiative.slug()), initiative.name()),
                new H1(getTranslation("partners.title")), new Paragraph(getTranslation("partners.intro")),
                byCounty, listHeading, listHolder, form);
        showList();
    }

    private void showList() {
        long count = organizations.countPartners(initiative.id());
        listHeading.setText(getTranslation("partners.current", count));
        listHolder.removeAll();
        list = new PagedList<>(page -> organizations.partnersOf(initiative.id(), page), this::partner, 24,
                getTranslation("initiative.partners.more"));
        listHolder.add(list);
    }

    private Component partner(PartnerItem partner) {
        Span name = new Span(partner.displayName());
        name.addClassName("cv-partner-name");
        Span role = new Span(getTranslation("partner.role." + partner.role().name()));
        role.addClassName("cv-badge");
        Div card = new Div(name, role);
        card.addClassName("cv-partner");
        String dates = dates(partner);
        if (dates != null) {
            card.add(new Span(dates));
        }
        Button remove = new Button(getTranslation("partners.remove"), click -> confirmRemoval(partner));
        remove.setId("partner-remove-" + partner.partnershipId());
        remove.addClassName("cv-partner-remove");
        remove.setAriaLabel(getTranslation("partners.removeLabel", partner.displayName(),
                getTranslation("partner.role." + partner.role().name())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        card.add(remove);
        return card;
    }

    private String dates(PartnerItem partner) {
        DateTimeFormatter format = dateTimes.dates(getLocale());
        if (partner.since() == null && partner.until() == null) {
            return null;
        }
        if (partner.until() == null) {
            return getTranslation("partners.sinceText", format.format(partner.since()));
        }
        if (partner.since() == null) {
            return getTranslation("partners.untilText", format.format(partner.until()));
        }
        return getTranslation("partners.between", format.format(partner.since()), format.format(partner.until()));
    }

    void confirmRemoval(PartnerItem partner) {
        String role = getTranslation("partner.role." + partner.role().name());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("partner-remove-dialog");
        confirm.setHeader(getTranslation("partners.removeTitle"));
        confirm.setText(getTranslation("partners.removeText", partner.displayName(), role));
        Button yes = new Button(getTranslation("partners.remove"), click -> {
            organizations.removePartner(partner.partnershipId());
            confirm.close();
            Notices.success(getTranslation("partners.removed", partner.displayName(), role));
            showList();
        });
        yes.setId("partner-remove-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(yes);
        Button no = new Button(getTranslation("common.cancel"), click -> confirm.close());
        no.setId("partner-remove-cancel");
        confirm.setCancelable(true);
        confirm.setCancelButton(no);
        confirm.open();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("partners.title") + " · " + initiative.name();
    }
}
