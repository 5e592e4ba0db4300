package app.convene.security.ui;

import app.convene.security.AuditFilter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log's filters as its address carries them, so a filtered view can be bookmarked: {@code initiative}
 * and {@code person} (ids), {@code action} and {@code type} (codes), {@code from} and {@code to} (dates, both
 * inclusive, in Convene's zone). Odd values are dropped, never refused.
 */
record AuditLogParams(Long initiative, Long person, String action, String type, LocalDate from, LocalDate to) {

    static final AuditLogParams NONE = new AuditLogParams(null, null, null, null, null, null);
    private static final int MAX_CODE = 100;

    static AuditLogParams from(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        return new AuditLogParams(id(first(all, "initiative")), id(first(all, "person")), code(first(all, "action")),
                code(first(all, "type")), date(first(all, "from")), date(first(all, "to")));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        put(all, "initiative", initiative);
        put(all, "person", person);
        put(all, "action", action);
        put(all, "type", type);
        put(all, "from", from);
        put(all, "to", to);
        return new QueryParameters(all);
    }

    /** The service's filter: from the start of {@code from} to the end of {@code to} in the zone. */
    AuditFilter filter(ZoneId zone) {
        return new AuditFilter(initiative, person, action, type, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static void put(Map<String, List<String>> all, String name, Object value) {
        if (value != null) {
            all.put(name, List.of(value.toString()));
        }
    }

    private static String first(Map<String, List<String>> all, String name) {
        List<String> values = all.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst().strip();
    }

    private static Long id(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String code(String text) {
        return text == null || text.isEmpty() || text.length() > MAX_CODE || !text.matches("[A-Za-z0-9_.-]+") ? null
                : text;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
