package app.convene.convenings;

import app.convene.convenings.internal.RsvpListQueries;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organizers see of a convening's RSVPs (who comes, the waitlist, who needs what: nobody else
 * sees it) and what a person sees of their own ("My convenings").
 */
@Service
@Transactional(readOnly = true)
public class RsvpRoster {

    private final RsvpListQueries lists;
    private final ConveningAccess access;
    private final Authorization authorization;

    RsvpRoster(RsvpListQueries lists, ConveningAccess access, Authorization authorization) {
        this.lists = lists;
        this.access = access;
        this.authorization = authorization;
    }

    /** The convening's title for its organizers; empty for anyone else (the page is "not found"). */
    public Optional<String> titleForOrganizers(long conveningId) {
        return access.mayManage(conveningId) ? lists.title(conveningId) : Optional.empty();
    }

    /** One page of the RSVPs: confirmed, then the waitlist in order, then pending, cancelled and expired. */
    public List<RsvpListQueries.Entry> entries(long conveningId, int offset, int limit) {
        organizer(conveningId);
        return lists.entries(conveningId, offset, Math.min(limit, 500));
    }

    /** Counts per need among people confirmed or waiting (after the purge: the counts kept). */
    public Map<String, Integer> accommodationCounts(long conveningId) {
        organizer(conveningId);
        return lists.counts(conveningId);
    }

    /** The signed-in person's RSVPs (confirmed or waiting), newest convening first. */
    public List<RsvpListQueries.Mine> mine(int offset, int limit) {
        Actor actor = authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to see your convenings"));
        return lists.mine(actor.personId(), offset, Math.min(limit, 500));
    }

    private void organizer(long conveningId) {
        if (!access.mayManage(conveningId)) {
            throw access.refused("see the RSVPs of convening " + conveningId);
        }
    }
}
