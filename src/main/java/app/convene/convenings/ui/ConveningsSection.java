package app.convene.convenings.ui;

import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningLists;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/** Upcoming and past convenings on the initiative's page: those the reader may see, each linking to its page. */
@org.springframework.stereotype.Component
class ConveningsSection implements InitiativeSection {

    static final int PAGE = 5;

    private final ConveningLists lists;
    private final Authorization authorization;

    ConveningsSection(ConveningLists lists, Authorization authorization) {
        this.lists = lists;
        this.authorization = authorization;
    }

    @Override
    public int order() {
        return CONVENINGS;
    }

    @Override
    public Optional<Component> create(InitiativeContext initiative) {
        boolean upcoming = lists.visible(initiative.id(), true, PageRequest.of(0, 1)).hasContent();
        boolean past = lists.visible(initiative.id(), false, PageRequest.of(0, 1)).hasContent();
        boolean manager = authorization.can(Action.MANAGE_CONVENINGS, initiative.id())
                || authorization.rolesIn(initiative.id()).contains(InitiativeRole.WORKGROUP_LEAD);
        if (!upcoming && !past && !manager) {
            return Optional.empty();
        }
        return Optional.of(new Convenings(initiative, upcoming, past, manager));
    }

    private final class Convenings extends Section {

        Convenings(InitiativeContext initiative, boolean upcoming, boolean past, boolean manager) {
            PageSection.titled(this, "convenings", getTranslation("convenings.title"));
            if (manager) {
                add(new Markup().link(initiative.path("convenings"), getTranslation("convenings.manage"),
                        "id", "convenings-manage", "class", "cv-manage-link").in("div"));
            }
            list(initiative, true, upcoming, "convenings-upcoming", "convenings.upcoming", "convenings.noneUpcoming");
            list(initiative, false, past, "convenings-past", "convenings.past", "convenings.nonePast");
        }

        private void list(InitiativeContext initiative, boolean upcoming, boolean any, String id, String heading,
                          String none) {
            Markup.StaticHtml title = Markup.textIn("h3", getTranslation(heading));
            title.setId(id + "-heading");
            add(title);
            if (!any) {
                add(Markup.textIn("span", getTranslation(none)));
                return;
            }
            PagedList<ConveningItem> list = PagedList.ofMarkup(p -> lists.visible(initiative.id(), upcoming, p),
                    this::card, PAGE, getTranslation("convenings.more"));
            list.setId(id);
            add(list);
        }

        /** A convening's card: read-only, written as markup (decision 55); its title a plain link to its page. */
        private void card(ConveningItem c, Markup html) {
            html.open("div").link("convenings/" + c.id(), c.title())
                    .element("span", " · " + getTranslation("convening.kind." + c.kind().name()) + " · ")
                    .element("span", ConveningTimes.span(c.start(), c.end(), c.zone(), getLocale()), "class", "cv-dates");
            if (c.cancelled()) {
                html.element("span", " ").element("span", getTranslation("convening.status.CANCELLED"), "class", "cv-badge");
            }
            html.close("div");
        }
    }
}
