package app.convene.timeline;

import java.util.List;

/**
 * Events other modules add to the calendar feeds (a Spring bean each): the timeline serves the feeds
 * and knows nothing of what it is given. Both calls run as the system; each contribution decides
 * what belongs to the public or to the person.
 */
public interface CalendarContribution {

    /** Events of the initiative's public feed (anyone may read them). */
    List<CalendarEvent> publicEvents(long initiativeId);

    /** Events of the person's own feed, read through its secret address. */
    List<CalendarEvent> personalEvents(long personId);
}
