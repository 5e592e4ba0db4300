package app.convene.initiatives.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The initiatives module's own tools on an initiative's page: its texts, its goals, people and roles. */
@Configuration(proxyBeanMethods = false)
class InitiativeToolLinks {

    @Bean
    InitiativeLink contentLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 1, "edit", "initiative.manageContent",
                id -> authorization.can(Action.EDIT_INITIATIVE_CONTENT, id));
    }

    @Bean
    InitiativeLink goalsLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 2, "goals", "initiative.manageGoals",
                id -> authorization.can(Action.EDIT_INITIATIVE_CONTENT, id));
    }

    @Bean
    InitiativeLink rolesLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 10, "roles", "initiative.manageRoles",
                id -> authorization.can(Action.VIEW_ROLES, id));
    }
}
