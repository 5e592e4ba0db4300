package app.convene.stakeholders.internal;

import app.convene.security.RelatedPeople;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** People with a pending or approved registration in an initiative are related to it. */
@Component
class RegisteredPeople implements RelatedPeople {

    private final RegistrationRepository registrations;

    RegisteredPeople(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public Set<Long> peopleOf(long initiativeId) {
        return new HashSet<>(registrations.registeredPeople(initiativeId));
    }

    @Override
    public boolean relates(long initiativeId, long personId) {
        return registrations.registered(initiativeId, personId);
    }
}
