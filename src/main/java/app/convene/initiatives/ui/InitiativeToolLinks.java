package app.convene.initiatives.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The initiatives module's own tool on an initiative's page: people and roles. */
@Configuration(proxyBeanMethods = false)
class InitiativeToolLinks {

    @Bean
    InitiativeLink rolesLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 10, "roles", "initiative.manageRoles",
                id -> authorization.can(Action.VIEW_ROLES, id));
    }
}
