package app.convene.security;

import java.util.Set;

/**
 * People a module relates to an initiative besides its role holders (registrations, workgroup
 * members), supplied by the modules that hold them (which depend on security, not the other way round).
 * {@link InitiativePeople} joins them with the role holders.
 */
public interface RelatedPeople {

    /** Ids of the people this module relates to the initiative. */
    Set<Long> peopleOf(long initiativeId);

    /** Whether this module relates the person to the initiative. */
    boolean relates(long initiativeId, long personId);
}
