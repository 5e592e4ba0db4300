package app.convene.convenings;

import java.util.List;

/** A convening's agenda in order, and whether its items run past the convening's end. */
public record Agenda(List<AgendaItemDraft> items, int totalMinutes, long scheduledMinutes) {

    /** The items take longer than the convening is scheduled for. */
    public boolean overruns() {
        return totalMinutes > scheduledMinutes;
    }
}
