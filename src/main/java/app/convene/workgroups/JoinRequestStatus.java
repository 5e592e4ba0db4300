package app.convene.workgroups;

/** Labels: {@code joinRequest.status.<NAME>}. */
public enum JoinRequestStatus { PENDING, APPROVED, DECLINED, WITHDRAWN }
