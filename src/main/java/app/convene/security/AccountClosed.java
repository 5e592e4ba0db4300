package app.convene.security;

import app.convene.shared.FormerMember;

/**
 * Published inside the closing transaction when a person closes their account: every module that
 * keeps a copy of the person's name next to its rows replaces it, found by the person's id, with
 * {@code label} in the same transaction (a synchronous listener), so all of it commits or none does.
 *
 * @param label what stands for the person from now on, as the person row and the audit log show it
 */
public record AccountClosed(long personId, String label) {

    static AccountClosed of(long personId) {
        return new AccountClosed(personId, FormerMember.label(personId));
    }
}
