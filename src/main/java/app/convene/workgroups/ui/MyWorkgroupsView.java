package app.convene.workgroups.ui;

import app.convene.shared.SiteSettings;
import app.convene.security.PersonService;
import app.convene.shared.ui.MainLayout;
import app.convene.workgroups.JoinRequestService;
import app.convene.workgroups.MyWorkgroup;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in person's workgroups in every initiative, and requests still waiting. */
@Route(value = "my/workgroups", layout = MainLayout.class)
@PermitAll
class MyWorkgroupsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkgroupService workgroups;
    private final JoinRequestService joinRequests;
    private final PersonService persons;
    private final SiteSettings site;

    MyWorkgroupsView(WorkgroupService workgroups, JoinRequestService joinRequests, PersonService persons,
                     SiteSettings site) {
        this.workgroups = workgroups;
        this.joinRequests = joinRequests;
        this.persons = persons;
        this.site = site;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        List<MyWorkgroup> mine = workgroups.mine();
        add(new H1(getTranslation("my.workgroups")));
        UnorderedList member = new UnorderedList();
        UnorderedList waiting = new UnorderedList();
        for (MyWorkgroup w : mine) {
            RouterLink link = new RouterLink(w.workgroupName(), WorkgroupView.class,
                    new RouteParameters("id", String.valueOf(w.workgroupId())));
            Span where = new Span(" · " + w.initiativeName());
            where.addClassName("cv-facts");
            if (w.role() != null) {
                member.add(new ListItem(link, where, new Span(" · " + getTranslation("workgroup.role." + w.role().name()))));
            } else {
                Button withdraw = new Button(getTranslation("workgroup.withdraw"), click -> {
                    joinRequests.withdraw(w.requestId());
                    render();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                waiting.add(new ListItem(link, where, withdraw));
            }
        }
        add(new H2(getTranslation("my.memberOf")),
                member.getChildren().findAny().isPresent() ? member : new Paragraph(getTranslation("my.noWorkgroups")));
        add(new H2(getTranslation("my.waiting")),
                waiting.getChildren().findAny().isPresent() ? waiting : new Paragraph(getTranslation("my.noRequests")));
        add(new CalendarFeedAddress(persons, site.publicUrl()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.workgroups") + " · " + getTranslation("app.name");
    }
}
