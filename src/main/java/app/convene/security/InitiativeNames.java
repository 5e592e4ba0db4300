package app.convene.security;

import java.util.List;
import java.util.Optional;

/**
 * Initiatives by name for the audit log's filter, whatever their status, supplied by the initiatives module
 * (which depends on security, not the other way round). {@link AuditLog} checks who asks.
 */
public interface InitiativeNames {

    /** Initiatives whose name contains {@code text} (any case; empty: all), by name, a page at a time. */
    List<AuditChoice> find(String text, int offset, int limit);

    Optional<String> name(long initiativeId);
}
