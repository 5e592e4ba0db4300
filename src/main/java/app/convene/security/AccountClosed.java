package app.convene.security;

import app.convene.security.internal.AuditRedaction;
import app.convene.shared.FormerMember;
import java.util.Collection;
import java.util.List;

/**
 * Published inside the closing transaction when a person closes their account: every module that
 * keeps a copy of the person's name next to its rows replaces it, found by the person's id, with
 * {@code label} in the same transaction (a synchronous listener), so all of it commits or none does.
 *
 * @param names the names and emails the person went by (only in memory, never stored)
 * @param label what stands for the person from now on, as the person row and the audit log show it
 */
public record AccountClosed(long personId, String label, List<String> names) {

    public AccountClosed {
        names = List.copyOf(names);
    }

    static AccountClosed of(long personId, Collection<String> names) {
        return new AccountClosed(personId, FormerMember.label(personId),
                names.stream().filter(n -> n != null && !n.isBlank()).toList());
    }

    /**
     * The names and emails the person went by as one case-insensitive PostgreSQL regular expression of
     * whole words, as the audit log's redaction matches them (for modules that keep free text naming them).
     */
    public String namePattern() {
        return AuditRedaction.pattern(names);
    }
}
