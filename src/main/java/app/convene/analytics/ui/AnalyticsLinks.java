package app.convene.analytics.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard among an initiative's tools, for those who may read it (coordinators, committee members). */
@Configuration(proxyBeanMethods = false)
class AnalyticsLinks {

    @Bean
    InitiativeLink dashboardLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 5, "dashboard", "analytics.link",
                id -> authorization.can(Action.VIEW_PARTICIPATION_DASHBOARD, id));
    }
}
