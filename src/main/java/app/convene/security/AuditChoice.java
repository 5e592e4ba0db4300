package app.convene.security;

/** Something to filter the audit log by (an initiative, a person), as the pickers show it. */
public record AuditChoice(long id, String name) {
}
