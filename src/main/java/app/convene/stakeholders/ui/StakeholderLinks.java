package app.convene.stakeholders.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeLink;
import app.convene.shared.ui.InitiativeLinks;
import app.convene.stakeholders.RegistrationSettingsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stakeholders module's links on an initiative's page: join, the directory, one's profile, the queue,
 * the registration settings and the partners editor. */
@Configuration(proxyBeanMethods = false)
class StakeholderLinks {

    @Bean
    InitiativeLink joinLink(RegistrationSettingsService settings) {
        return InitiativeLinks.to(InitiativeLink.Group.ACTIONS, 10, "join", "initiative.join", settings::isOpen);
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

    @Bean
    InitiativeLink registrationSettingsLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 22, "registration-settings",
                "initiative.registrationSettings", id -> authorization.can(Action.MANAGE_STAKEHOLDERS, id));
    }

    @Bean
    InitiativeLink partnersLink(Authorization authorization) {
        return InitiativeLinks.to(InitiativeLink.Group.COORDINATORS, 24, "partners", "initiative.managePartners",
                id -> authorization.can(Action.MANAGE_PARTNERS, id));
    }
}
