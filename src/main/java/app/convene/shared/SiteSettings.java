package app.convene.shared;

/**
 * The site's own settings, as they are right now (administrators may change them while Convene runs):
 * read them each time they are needed, never keep a copy.
 */
public interface SiteSettings {

    /** The site's name (the header, page titles, mail signatures). */
    String siteName();

    /** Where people write to reach the people running the site; may be empty. */
    String contactAddress();

    /** The public address links in mail and calendar feeds start with, without a trailing slash. */
    String publicUrl();

    /** Whether a new initiative's public registration is open until its coordinators say otherwise. */
    boolean registrationOpenByDefault();
}
