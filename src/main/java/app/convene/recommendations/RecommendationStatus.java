package app.convene.recommendations;

/** Draft → in committee review → decided (approved / not approved) → published, or withdrawn. */
public enum RecommendationStatus {
    DRAFT, IN_REVIEW, APPROVED, NOT_APPROVED, PUBLISHED, WITHDRAWN
}
