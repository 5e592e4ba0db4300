package app.convene.stakeholders;

/** Where an organization sits in the workforce system. Labels: {@code sector.<NAME>}. */
public enum Sector {
    WORKER_CENTER, COMMUNITY_BASED_ORGANIZATION, LABOR_UNION, LABOR_MANAGEMENT_PARTNERSHIP, TRAINING_PROVIDER,
    WORKFORCE_BOARD, EMPLOYER, GOVERNMENT, EDUCATION, PHILANTHROPY, OTHER
}
