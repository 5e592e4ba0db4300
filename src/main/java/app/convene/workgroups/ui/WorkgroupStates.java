package app.convene.workgroups.ui;

/** The i18n key of whether a workgroup takes members: closed, accepting or full. */
final class WorkgroupStates {

    private WorkgroupStates() {
    }

    static String key(boolean closed, boolean accepting) {
        return closed ? "workgroup.closed" : accepting ? "workgroup.accepting" : "workgroup.full";
    }
}
