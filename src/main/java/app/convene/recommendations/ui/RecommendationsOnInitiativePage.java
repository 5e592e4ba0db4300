package app.convene.recommendations.ui;

import app.convene.recommendations.DecisionService;
import app.convene.recommendations.PublishedRecommendation;
import app.convene.recommendations.RecommendationExtension;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
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
                List<PublishedRecommendation> published = decisions.published(initiative.id());
                if (published.isEmpty()) {
                    return Optional.empty();
                }
                List<LongFunction<Optional<Component>>> under = extensions.stream()
                        .map(e -> e.onPublicPage(initiative.id())).toList();
                return Optional.of(new Published(published, dateTimes, under));
            }
        };
    }

    private static final class Published extends Section {

        Published(List<PublishedRecommendation> published, DateTimes dateTimes,
                  List<LongFunction<Optional<Component>>> under) {
            PageSection.titled(this, "recommendations", getTranslation("initiative.published"));
            DateTimeFormatter format = dateTimes.dates(getLocale());
            String report = null;
            String part = null;
            for (PublishedRecommendation r : published) {
                if (!r.report().equals(report)) {
                    report = r.report();
                    part = null;
                    add(new H3(report));
                }
                if (!r.section().equals(part)) {
                    part = r.section();
                    add(new H4(part));
                }
                Article article = new Article(new H5(r.title()), new MarkdownView(r.body()),
                        new Paragraph(getTranslation("initiative.published.decided", format.format(r.decidedAt()),
                                r.revisionNumber())));
                if (r.correctedAt() != null) {
                    article.add(new Paragraph(getTranslation("initiative.published.corrected",
                            format.format(r.correctedAt()))));
                }
                under.forEach(extra -> extra.apply(r.id()).ifPresent(article::add));
                article.addClassName("cv-published");
                add(article);
            }
        }
    }
}
