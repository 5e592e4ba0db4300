package app.convene.recommendations.ui;

import app.convene.recommendations.DecisionService;
import app.convene.recommendations.PublishedRecommendation;
import app.convene.recommendations.RecommendationExtension;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.markdown.SafeMarkdown;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the recommendations module adds to an initiative's page: the members' link to the reports, and the
 * recommendations the steering committee approved and the coordinators published, as approved.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationsOnInitiativePage {

    @Bean
    InitiativeLink recommendationsLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.MEMBERS, 20, "recommendations", "initiative.recommendations",
                id -> authorization.can(Action.VIEW_DIRECTORY, id));
    }

    @Bean
    InitiativeSection publishedRecommendations(DecisionService decisions, DateTimes dateTimes,
                                               List<RecommendationExtension> extensions) {
        return new InitiativeSection() {
            @Override
            public int order() {
                return RECOMMENDATIONS;
            }

            @Override
            public Optional<Component> create(InitiativeContext initiative) {
                Published section = new Published(decisions, initiative.id(), dateTimes, extensions);
                return section.isEmpty() ? Optional.empty() : Optional.of(section);
            }
        };
    }

    /**
     * The published recommendations, {@link #PAGE} at a time with "show more" (a coalition may publish dozens, each
     * with its full approved text), written as read-only markup: one state node a page (decision 70).
     */
    private static final class Published extends Section {

        static final int PAGE = 5;

        private final PagedList<PublishedRecommendation> list;
        private final DateTimeFormatter format;
        private final long initiativeId;
        private final List<RecommendationExtension> extensions;
        private List<ObjLongConsumer<Markup>> under;

        Published(DecisionService decisions, long initiativeId, DateTimes dateTimes,
                  List<RecommendationExtension> extensions) {
            this.initiativeId = initiativeId;
            this.extensions = extensions;
            PageSection.titled(this, "recommendations", getTranslation("initiative.published"));
            format = dateTimes.dates(getLocale());
            list = PagedList.ofMarkup(page -> decisions.published(initiativeId, page), this::write, PAGE,
                    getTranslation("initiative.published.more"));
            add(list);
        }

        boolean isEmpty() {
            return list.itemCount() == 0;
        }

        private void write(PublishedRecommendation r, Markup html) {
            if (under == null) { // what the extensions add, read once for the section when the first item is written
                under = extensions.stream().map(e -> e.onPublicPage(initiativeId)).toList();
            }
            html.open("article", "class", "cv-published").element("h3", r.title())
                    .element("p", getTranslation("initiative.published.in", r.report(), r.section()),
                            "class", "cv-published-in")
                    .open("div", "class", "cv-markdown").trusted(SafeMarkdown.toHtml(r.body())).close("div")
                    .element("p", getTranslation("initiative.published.decided", format.format(r.decidedAt()),
                            r.revisionNumber()));
            if (r.correctedAt() != null) {
                html.element("p", getTranslation("initiative.published.corrected", format.format(r.correctedAt())));
            }
            under.forEach(extra -> extra.accept(html, r.id()));
            html.close("article");
        }
    }
}
