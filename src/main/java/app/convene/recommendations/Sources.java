package app.convene.recommendations;

import java.util.List;

/** Where a recommendation comes from: strategic goals and workgroups of its initiative, by id and name. */
public record Sources(List<Named> goals, List<Named> workgroups) {

    public record Named(long id, String name) {
    }

    public boolean isEmpty() {
        return goals.isEmpty() && workgroups.isEmpty();
    }
}
