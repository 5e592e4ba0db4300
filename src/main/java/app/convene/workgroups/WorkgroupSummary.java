package app.convene.workgroups;

import java.util.List;

/** A workgroup as its initiative's public page lists it. */
public record WorkgroupSummary(long id, String name, String goal, List<String> leads, long members, Integer capacity,
                               boolean closed) {

    /** Whether it takes new members now: not closed and not full. */
    public boolean accepting() {
        return !closed && (capacity == null || members < capacity);
    }
}
