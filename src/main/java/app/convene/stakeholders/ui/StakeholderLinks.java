package app.convene.stakeholders.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stakeholders module's links on an initiative's page: join, the directory, one's profile, the queue. */
@Configuration(proxyBeanMethods = false)
class StakeholderLinks {

    @Bean
    InitiativeLink joinLink() {
        return InitiativeLinks.to(InitiativeLink.Group.ACTIONS, 10, "join", "initiative.join", id -> true);
    }

    @Bean
    InitiativeLink directoryLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.MEMBERS, 10, "directory", "initiative.directory",
                id -> authorization.can(Action.VIEW_DIRECTORY, id));
    }

    @Bean
    InitiativeLink profileLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.MEMBERS, 30, "profile", "initiative.profile",
                id -> authorization.can(Action.VIEW_DIRECTORY, id));
    }

    @Bean
    InitiativeLink registrationsLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 20, "registrations",
                "initiative.manageRegistrations", id -> authorization.can(Action.VIEW_ROLES, id));
    }
}
