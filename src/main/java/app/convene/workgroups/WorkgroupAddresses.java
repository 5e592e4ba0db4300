package app.convene.workgroups;

/** The addresses of the workgroups' pages, for links and notices. */
public final class WorkgroupAddresses {

    private WorkgroupAddresses() {
    }

    /** A workgroup's page. */
    public static String workgroup(long workgroupId) {
        return "workgroups/" + workgroupId;
    }
}
