package app.convene.indicators.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinators' link to the indicators page on an initiative's page. */
@Configuration(proxyBeanMethods = false)
class IndicatorLinks {

    @Bean
    InitiativeLink indicatorsLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 4, "indicators", "indicators.manage",
                id -> authorization.can(Action.MANAGE_INDICATORS, id));
    }
}
