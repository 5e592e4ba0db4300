package app.convene.stakeholders;

/** What kind of body an organization is. Labels: {@code organization.type.<NAME>}. */
public enum OrganizationType {
    GOVERNMENT, NONPROFIT, FOUNDATION, BUSINESS, LABOR, EDUCATION, RESEARCH, OTHER
}
