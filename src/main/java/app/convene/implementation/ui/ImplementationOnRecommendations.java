package app.convene.implementation.ui;

import app.convene.implementation.ImplementationService;
import app.convene.implementation.ImplementationStanding;
import app.convene.implementation.ImplementationStatus;
import app.convene.recommendations.RecommendationExtension;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.DateTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

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
    public LongFunction<Optional<Component>> onPublicPage(long initiativeId) {
        Map<Long, ImplementationStanding> standings = service.standings(initiativeId);
        return id -> Optional.of(standing(standings.get(id)));
    }

    /**
     * "Implementation: in progress · Owner: … · Latest update (date): …" and the public linked indicators; not
     * started when never tracked.
     */
    private Component standing(ImplementationStanding s) {
        Div box = new Div();
        box.addClassName("cv-implementation");
        box.add(new H6(text("implementation.title")));
        ImplementationStatus status = s == null ? ImplementationStatus.NOT_STARTED : s.status();
        box.add(new Paragraph(text("implementation.statusLine", text("implementation.status." + status.name()))));
        if (s != null && s.notPursuedReason() != null) {
            box.add(new Paragraph(text("implementation.reasonLine", s.notPursuedReason())));
        }
        if (s != null && s.owner() != null) {
            box.add(new Paragraph(text("implementation.ownerLine", s.owner())));
        }
        if (s != null && s.lastUpdate() != null) {
            box.add(new Paragraph(text("implementation.lastUpdate",
                    dateTimes.date(s.lastUpdateOn(), UI.getCurrent().getLocale()), s.lastUpdate())));
        }
        if (s != null && !s.publicIndicators().isEmpty()) {
            box.add(LinkedIndicators.of(s.publicIndicators(), dateTimes, UI.getCurrent().getLocale()));
        }
        return box;
    }

    private static String text(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(key, params);
    }
}
