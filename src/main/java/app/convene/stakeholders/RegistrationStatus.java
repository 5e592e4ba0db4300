package app.convene.stakeholders;

/** Where a registration stands. Labels: {@code registration.status.<NAME>}. */
public enum RegistrationStatus {
    PENDING, APPROVED, DECLINED, CLOSED
}
