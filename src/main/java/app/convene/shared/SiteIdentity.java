package app.convene.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the site names itself to people, from the stored {@link SiteSettings} read at the time: the one place
 * page titles, the page footer and mail signatures take the site name and contact address from.
 */
public final class SiteIdentity {

    private static final Pattern MAILBOX = Pattern.compile("[^\\s@:<>\"]+@[^\\s@:<>\"]+");

    private SiteIdentity() {
    }

    /** The contact address as a {@code mailto:} link, when one is set and it is a mailbox. */
    public static Optional<String> contactLink(SiteSettings site) {
        return contactLink(site.contactAddress());
    }

    /** The stored contact address as a {@code mailto:} link, when one is set and it is a mailbox. */
    public static Optional<String> contactLink(String contactAddress) {
        return contact(contactAddress).filter(c -> MAILBOX.matcher(c).matches()).map(c -> "mailto:" + c);
    }

    /** The contact address, when one is set. */
    public static Optional<String> contact(SiteSettings site) {
        return contact(site.contactAddress());
    }

    /** The stored contact address, when one is set. */
    public static Optional<String> contact(String contactAddress) {
        return contactAddress == null || contactAddress.isBlank() ? Optional.empty() : Optional.of(contactAddress.strip());
    }

    /** The signature under every mail: the standard delimiter, the site name and the contact address when set. */
    public static String mailSignature(SiteSettings site) {
        return "\n\n-- \n" + site.siteName() + contact(site).map(c -> "\n" + c).orElse("") + "\n";
    }
}
