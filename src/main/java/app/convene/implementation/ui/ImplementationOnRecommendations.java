package app.convene.implementation.ui;

import app.convene.implementation.ImplementationService;
import app.convene.implementation.ImplementationStanding;
import app.convene.implementation.ImplementationStatus;
import app.convene.recommendations.RecommendationExtension;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * What implementation tracking adds to the recommendations' pages: the tracking panel on a published
 * recommendation's page (members), and under each published recommendation on the initiative's page where its
 * implementation stands (everyone who sees that page).
 */
@org.springframework.stereotype.Component
class ImplementationOnRecommendations implements RecommendationExtension {

    private final ImplementationService service;
    private final Authorization authorization;
    private final DateTimes dateTimes;

    ImplementationOnRecommendations(ImplementationService service, Authorization authorization, DateTimes dateTimes) {
        this.service = service;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
    }

    @Override
    public Optional<Component> onPage(long initiativeId, long recommendationId, boolean published) {
        if (!published || !authorization.can(Action.VIEW_RECOMMENDATIONS, initiativeId)) {
            return Optional.empty();
        }
        return Optional.of(new TrackingPanel(service, dateTimes, service.tracking(recommendationId),
                authorization.can(Action.TRACK_IMPLEMENTATION, initiativeId),
                authorization.can(Action.REPORT_IMPLEMENTATION_PROGRESS, initiativeId)));
    }

    @Override
    public ObjLongConsumer<Markup> onPublicPage(long initiativeId) {
        Map<Long, ImplementationStanding> standings = service.standings(initiativeId);
        Locale locale = UI.getCurrent().getLocale();
        return (html, id) -> standing(standings.get(id), html, locale);
    }

    /**
     * "Implementation: in progress · Owner: … · Latest update (date): …" and the public linked indicators; not
     * started when never tracked. Read-only markup: the section lists its recommendations as one state node a page.
     */
    private void standing(ImplementationStanding s, Markup html, Locale locale) {
        html.open("div", "class", "cv-implementation").element("h4", text("implementation.title"));
        ImplementationStatus status = s == null ? ImplementationStatus.NOT_STARTED : s.status();
        html.element("p", text("implementation.statusLine", text("implementation.status." + status.name())));
        if (s != null && s.notPursuedReason() != null) {
            html.element("p", text("implementation.reasonLine", s.notPursuedReason()));
        }
        if (s != null && s.owner() != null) {
            html.element("p", text("implementation.ownerLine", s.owner()));
        }
        if (s != null && s.lastUpdate() != null) {
            html.element("p", text("implementation.lastUpdate", dateTimes.date(s.lastUpdateOn(), locale),
                    s.lastUpdate()));
        }
        if (s != null && !s.publicIndicators().isEmpty()) {
            LinkedIndicators.write(s.publicIndicators(), dateTimes, locale, html);
        }
        html.close("div");
    }

    private static String text(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(key, params);
    }
}
