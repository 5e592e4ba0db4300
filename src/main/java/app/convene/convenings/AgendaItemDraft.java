package app.convene.convenings;

/** One item of an agenda: what, for how many minutes, who presents, and a pre-work link (optional). */
public record AgendaItemDraft(String title, int minutes, String presenter, String preWorkTitle, String preWorkUrl) {
}
