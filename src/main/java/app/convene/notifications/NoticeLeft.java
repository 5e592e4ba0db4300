package app.convene.notifications;

/** Published in the transaction that left a notice for the person (after the commit, open pages show it). */
public record NoticeLeft(long personId) {
}
